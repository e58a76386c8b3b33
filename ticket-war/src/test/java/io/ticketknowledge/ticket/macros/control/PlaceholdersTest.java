package io.ticketknowledge.ticket.macros.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void fillsKnownPlaceholdersInEitherLanguage() {
    Map<String, String> values =
        Map.of("requester.name", "林美玲", "ticket.number", "TK-2026-000042", "agent.name", "陳志豪");
    assertEquals(
        "林美玲 您好，關於 TK-2026-000042 …—— 陳志豪",
        Placeholders.fill(
            "{{requester.name}} 您好，關於 {{ ticket.number }} …—— {{agent.name}}", values));
    assertEquals(
        "Hello 林美玲, about TK-2026-000042.",
        Placeholders.fill("Hello {{requester.name}}, about {{ticket.number}}.", values));
  }

  @Test
  void aMissingValueIsEmptyAndDollarsStayLiteral() {
    assertEquals("by  for $5", Placeholders.fill("by {{assignee.name}} for $5", Map.of()));
    assertEquals("$1 \\x", Placeholders.fill("{{agent.name}} \\x", Map.of("agent.name", "$1")));
  }

  @Test
  void anUnknownPlaceholderIsRefusedWhenSaved() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> Placeholders.check("replyEn", "Hi {{requester.email}}"));
    assertEquals("macro.unknown-placeholder", e.detailKey());
    Placeholders.check("replyEn", "no placeholders, {single} braces");
  }
}
