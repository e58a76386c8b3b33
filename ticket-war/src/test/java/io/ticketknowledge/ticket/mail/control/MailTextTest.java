package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void htmlIsSanitizedThenFlattened() {
    String text =
        MailText.ofHtml(
            "<div>印表機 &amp; 網路<br>第二行</div><script>alert(1)</script>"
                + "<p onclick=\"x()\">Click <a href=\"javascript:evil()\">here</a></p>"
                + "<ul><li>one</li><li>two</li></ul>&lt;b&gt;");
    assertTrue(text.contains("印表機 & 網路\n第二行"), text);
    assertFalse(text.contains("alert"), text);
    assertFalse(text.contains("javascript"), text);
    // escaped markup stays text (the Markdown renderer sanitizes again on display)
    assertTrue(text.endsWith("<b>"), text);
    assertTrue(text.contains("- one"), text);
  }

  @Test
  void aReplyIsCutAtOurMarker() {
    List<String> markers = new MailTemplates().replyMarkers();
    String reply =
        "Still broken after the restart.\n\nOn Mon, 30 Nov 2026 the desk wrote:\n> "
            + markers.get(0)
            + "\n> old text";
    assertEquals(
        "Still broken after the restart.", MailText.clean(MailText.reply(reply, markers), 100));
    String chinese = "重開機後仍然無法列印。\n\n" + markers.get(1) + "\n\n舊的通知";
    assertEquals("重開機後仍然無法列印。", MailText.clean(MailText.reply(chinese, markers), 100));
  }

  @Test
  void controlAndBidiCharactersAreDroppedAndLengthCapped() {
    assertEquals("abc\ndef", MailText.clean("a\u202Eb\u0000c\r\ndef", 100));
    assertEquals("abc", MailText.clean("abcdef", 3));
  }

  @Test
  void acceptLanguageChoosesEnglishOrChinese() {
    assertEquals(Optional.of(MailLanguage.EN), MailLanguage.ofAcceptLanguage("en-US,en;q=0.9"));
    assertEquals(
        Optional.of(MailLanguage.ZH_TW), MailLanguage.ofAcceptLanguage("zh-TW,zh;q=0.9,en;q=0.8"));
    assertEquals(Optional.of(MailLanguage.EN), MailLanguage.ofAcceptLanguage("fr;q=1, en;q=0.5"));
    assertEquals(Optional.empty(), MailLanguage.ofAcceptLanguage("fr-FR"));
    assertEquals(Optional.empty(), MailLanguage.ofAcceptLanguage("%%%"));
    assertEquals(MailLanguage.ZH_TW, MailLanguage.ofTag(null));
    assertEquals(MailLanguage.EN, MailLanguage.ofTag("en-GB"));
  }
}
