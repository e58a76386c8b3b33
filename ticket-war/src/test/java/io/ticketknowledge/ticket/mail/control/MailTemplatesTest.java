package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import io.ticketknowledge.ticket.mail.entity.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  private static MailTemplates.Values values(String text) {
    return new MailTemplates.Values(
        "TK-2026-000123",
        "印表機無法列印",
        "王小明",
        "陳志豪",
        text,
        "RESOLVED",
        "http://localhost:9080/tickets/123");
  }

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindRendersInBothLanguagesWithTheNumberFirst(NotificationKind kind) {
    for (MailLanguage language : MailLanguage.values()) {
      MailTemplates.Rendered mail = templates.render(kind, language, values("請重新開機"));
      assertTrue(mail.subject().startsWith("[TK-2026-000123] "), mail.subject());
      assertFalse(mail.subject().contains("\n"));
      assertFalse(mail.subject().contains("${"), mail.subject());
      assertFalse(mail.body().contains("${"), mail.body());
      assertTrue(mail.body().contains("http://localhost:9080/tickets/123"), mail.body());
      assertTrue(mail.body().startsWith(templates.text(language, "reply-marker")), mail.body());
    }
  }

  @Test
  void theRecipientsLanguageChoosesTheText() {
    MailTemplates.Rendered zh =
        templates.render(NotificationKind.TICKET_OPENED, MailLanguage.ZH_TW, values(null));
    MailTemplates.Rendered en =
        templates.render(NotificationKind.TICKET_OPENED, MailLanguage.EN, values(null));
    assertEquals("[TK-2026-000123] 已收到您的需求：印表機無法列印", zh.subject());
    assertEquals("[TK-2026-000123] We received your request: 印表機無法列印", en.subject());
    assertTrue(zh.body().contains("王小明 您好"), zh.body());
    assertTrue(en.body().contains("Hello 王小明"), en.body());
  }

  @Test
  void statusNamesAreTranslated() {
    assertTrue(
        templates
            .render(NotificationKind.STATUS_CHANGED, MailLanguage.ZH_TW, values(""))
            .subject()
            .contains("已解決"));
    assertTrue(
        templates
            .render(NotificationKind.STATUS_CHANGED, MailLanguage.EN, values(""))
            .subject()
            .contains("Resolved"));
  }

  @Test
  void valuesAreInsertedLiterallyNeverAsTemplates() {
    String tricky = "costs $1 and ${number} \\ stays";
    String body =
        templates.render(NotificationKind.PUBLIC_REPLY, MailLanguage.EN, values(tricky)).body();
    assertTrue(body.contains(tricky), body);
  }

  @Test
  void aSubjectWithLineBreaksCannotInjectHeaders() {
    MailTemplates.Values values =
        new MailTemplates.Values(
            "TK-2026-000001", "a\r\nBcc: evil@example.com", "x", "y", "", null, "l");
    String subject =
        templates.render(NotificationKind.TICKET_OPENED, MailLanguage.EN, values).subject();
    assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
  }
}
