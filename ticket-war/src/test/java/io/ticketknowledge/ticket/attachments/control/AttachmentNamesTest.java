package io.ticketknowledge.ticket.attachments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

  @Test
  void chineseNamesAreKeptAsTheyAre() {
    assertEquals("網路設定說明 第2版.pdf", AttachmentNames.sanitize("網路設定說明 第2版.pdf"));
  }

  @Test
  void pathsAreCutToTheirLastSegment() {
    assertEquals("passwd", AttachmentNames.sanitize("../../etc/passwd"));
    assertEquals("boot.ini", AttachmentNames.sanitize("..\\..\\windows\\boot.ini"));
    assertEquals("a.png", AttachmentNames.sanitize("C:\\Users\\me\\a.png"));
  }

  @Test
  void dotsAloneAndHiddenNamesDoNotSurvive() {
    assertEquals("attachment", AttachmentNames.sanitize(".."));
    assertEquals("attachment", AttachmentNames.sanitize("../"));
    assertEquals("htaccess", AttachmentNames.sanitize(".htaccess"));
    assertEquals("report", AttachmentNames.sanitize("report. . "));
    assertEquals("attachment", AttachmentNames.sanitize("   "));
    assertEquals("attachment", AttachmentNames.sanitize(null));
  }

  @Test
  void controlAndBidiCharactersAreRemoved() {
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "invoice\u202Egnp.exe" as "invoiceexe.png"
    String spoof = AttachmentNames.sanitize("invoice\u202Egnp.exe");
    assertEquals("invoicegnp.exe", spoof);
    assertEquals("ab.txt", AttachmentNames.sanitize("a\u0000\u0007\r\nb.txt"));
    assertEquals("ab.txt", AttachmentNames.sanitize("a\u200B\u2066\u2069b.txt"));
    assertEquals("a_b_.txt", AttachmentNames.sanitize("a\"b?.txt"));
  }

  @Test
  void longNamesKeepTheirExtension() {
    String name = AttachmentNames.sanitize("報".repeat(300) + ".docx");
    assertEquals(AttachmentNames.MAX_LENGTH, name.codePointCount(0, name.length()));
    assertTrue(name.endsWith(".docx"));
    assertFalse(name.contains("/"));
  }

  @Test
  void decomposedNamesAreComposed() {
    assertEquals("caf\u00e9.txt", AttachmentNames.sanitize("cafe\u0301.txt"));
  }
}
