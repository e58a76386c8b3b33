package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailThreadingTest {

  private static final MessageIds OURS = new MessageIds("tk.test");
  private final Map<String, Long> sent =
      Map.of("<tk.11111111-2222-3333-4444-555555555555.t7@tk.test>", 7L, "<old@tk.test>", 3L);
  private final Map<String, Long> numbers = Map.of("TK-2026-000123", 123L, "TK-2026-000009", 9L);

  private final MailThreading threading =
      new MailThreading(
          OURS,
          new MailThreading.Lookup() {
            @Override
            public Optional<Long> ticketOfSentMessage(String messageId) {
              return Optional.ofNullable(sent.get(messageId));
            }

            @Override
            public Optional<Long> ticketOfNumber(String number) {
              return Optional.ofNullable(numbers.get(number));
            }
          });

  @Test
  void inReplyToOneOfOurMailsFindsItsTicket() {
    var thread =
        threading.resolve("<tk.11111111-2222-3333-4444-555555555555.t7@tk.test>", null, "Re: hi");
    assertEquals(7L, thread.orElseThrow().ticketId());
    assertEquals(MailThreading.Via.IN_REPLY_TO, thread.get().via());
  }

  @Test
  void headersWinOverTheSubjectsNumber() {
    var thread = threading.resolve("<old@tk.test>", null, "Re: [TK-2026-000123] x");
    assertEquals(3L, thread.orElseThrow().ticketId());
  }

  @Test
  void referencesAreReadNewestFirst() {
    var thread =
        threading.resolve(
            "<unknown@elsewhere>", "<old@tk.test> <foreign@x> <tk.ticket.42@tk.test>", "x");
    assertEquals(42L, thread.orElseThrow().ticketId());
    assertEquals(MailThreading.Via.REFERENCES, thread.get().via());
  }

  @Test
  void ourThreadRootCountsOnlyOnOurDomain() {
    assertTrue(threading.resolve("<tk.ticket.42@evil.example>", null, "x").isEmpty());
    assertEquals(
        42L, threading.resolve("<tk.ticket.42@TK.TEST>", null, "x").orElseThrow().ticketId());
  }

  @Test
  void withoutKnownHeadersTheBracketedNumberInTheSubjectCounts() {
    var thread = threading.resolve("<foreign@x>", "<other@y>", "回覆：[TK-2026-000009] 密碼");
    assertEquals(9L, thread.orElseThrow().ticketId());
    assertEquals(MailThreading.Via.SUBJECT, thread.get().via());
  }

  @Test
  void nothingKnownIsANewTicket() {
    assertTrue(threading.resolve(null, null, "TK-2026-000123 without brackets").isEmpty());
    assertTrue(threading.resolve(null, null, "[TK-2026-999999] unknown number").isEmpty());
    assertTrue(threading.resolve("", "", "").isEmpty());
  }

  @Test
  void ourMessageIdsSayTheirTicket() {
    String id = OURS.next(55);
    assertEquals(55L, OURS.ticketOf(id).orElseThrow());
    assertEquals(55L, OURS.ticketOf(OURS.threadRoot(55)).orElseThrow());
    assertTrue(OURS.ticketOf("<55@tk.test>").isEmpty());
  }
}
