package io.ticketknowledge.ticket.attachments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void chineseNamesTravelAsUtf8InFilenameStar() {
    String header = ContentDisposition.of("application/pdf", "網路設定說明.pdf");
    assertEquals(
        "attachment; filename=\"______.pdf\"; filename*=UTF-8''"
            + "%E7%B6%B2%E8%B7%AF%E8%A8%AD%E5%AE%9A%E8%AA%AA%E6%98%8E.pdf",
        header);
    String encoded = header.substring(header.indexOf("''") + 2);
    assertEquals("網路設定說明.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
  }

  @Test
  void spacesQuotesAndPercentAreEncoded() {
    String header = ContentDisposition.of("text/plain", "a b%\"c;.txt");
    assertTrue(header.startsWith("inline; filename=\"a b__c;.txt\""), header);
    assertTrue(header.endsWith("filename*=UTF-8''a%20b%25%22c%3B.txt"), header);
  }

  @Test
  void onlyPassiveTypesAreInline() {
    assertTrue(ContentDisposition.of("image/png", "a.png").startsWith("inline;"));
    assertTrue(ContentDisposition.of("text/plain", "a.txt").startsWith("inline;"));
    for (String active :
        new String[] {
          "application/pdf",
          "text/html",
          "image/svg+xml",
          "application/zip",
          "application/octet-stream",
          "application/xhtml+xml",
          null
        }) {
      assertTrue(ContentDisposition.of(active, "x").startsWith("attachment;"), active);
    }
  }
}
