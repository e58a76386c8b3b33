package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLettersFilterTest {

  private final DeadLetters letters = new DeadLetters("ticket", EventTablesOnH2.create("ticket"));

  @Test
  void lettersAreFilteredByConsumerTypeTimeAndErrorText() {
    EventEnvelope opened = EventEnvelope.parse(EventDeliveryTest.event(1));
    long a =
        letters.record("ticket.search-index", "ticket.events", "m", opened, "Search down 100%", 1);
    long b = letters.record("knowledge.signals", "ticket.events", "m", opened, "no subject", 1);
    long c = letters.record("ticket.search-index", "ticket.events", "garbage", null, "not json", 1);

    assertEquals(List.of(a, c), ids(filter("ticket.search-index", null, null, null)));
    assertEquals(List.of(a, b), ids(filter(null, "ticket.opened", null, null)));
    assertEquals(List.of(a), ids(filter(null, null, "DOWN 100%", null)));
    assertEquals(List.of(), ids(filter(null, null, "100!%", null)), "LIKE characters are text");
    assertEquals(List.of(), ids(filter(null, null, null, Instant.now().plusSeconds(60))));
    letters.markReplayed(a);
    assertEquals(List.of(c), ids(filter("ticket.search-index", null, null, null)));
  }

  private static DeadLetterFilter filter(String consumer, String type, String error, Instant from) {
    return new DeadLetterFilter(consumer, type, from, null, error, false);
  }

  private List<Long> ids(DeadLetterFilter filter) {
    return letters.list(filter, 0, 100).stream().map(DeadLetter::id).toList();
  }
}
