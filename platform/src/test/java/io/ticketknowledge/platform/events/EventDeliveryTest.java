package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class EventDeliveryTest {

  private final DeadLetters deadLetters =
      new DeadLetters("knowledge", EventTablesOnH2.create("knowledge"));
  private final CountingMetrics metrics = new CountingMetrics();
  private final List<String> deadLetterTopic = new ArrayList<>();
  private final EventDelivery delivery =
      new EventDelivery(
          "knowledge.test",
          "ticket.events",
          deadLetters,
          (topic, key, value) -> {
            deadLetterTopic.add(topic + ":" + value);
            return CompletableFuture.completedFuture(null);
          },
          "tk.dead-letters",
          new ConsumerSettings(3, Duration.ofMillis(1)),
          metrics);

  private final String event =
      EventEnvelope.of("ticket.opened", 7, 1, "tester", Json.createObjectBuilder().build())
          .toJson();

  @Test
  void aHandledEventIsAcknowledgedAndCounted() {
    AtomicInteger acks = new AtomicInteger();

    delivery.receive(message(event, acks), e -> true);

    assertEquals(1, acks.get());
    assertEquals(1, metrics.count("consumed"));
    assertTrue(deadLetters.list(true, 0, 10).isEmpty());
  }

  @Test
  void aRedeliveryIsCountedAsDuplicate() {
    delivery.receive(message(event, new AtomicInteger()), e -> false);
    assertEquals(1, metrics.count("duplicate"));
    assertEquals(0, metrics.count("consumed"));
  }

  @Test
  void aFailingEventIsRetriedThenDeadLetteredAndAcknowledged() {
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger acks = new AtomicInteger();

    delivery.receive(
        message(event, acks),
        e -> {
          attempts.incrementAndGet();
          throw new IllegalArgumentException("no subject");
        });

    assertEquals(3, attempts.get());
    assertEquals(1, acks.get(), "acknowledged, so the partition moves on");
    assertEquals(2, metrics.count("retried"));
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    assertEquals(3, letter.attempts());
    assertNotNull(letter.eventId());
    assertTrue(letter.error().contains("no subject"), letter.error());
    assertEquals(List.of("tk.dead-letters:" + event), deadLetterTopic);
  }

  @Test
  void aMessageThatIsNoEnvelopeIsDeadLetteredWithoutRetries() {
    AtomicInteger attempts = new AtomicInteger();

    delivery.receive(message("garbage", new AtomicInteger()), e -> attempts.incrementAndGet() > 0);

    assertEquals(0, attempts.get());
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    assertEquals(1, letter.attempts());
    assertNull(letter.eventId());
    assertEquals("garbage", letter.message());
  }

  @Test
  void anEventTheHandlerCallsMalformedIsDeadLetteredWithoutRetries() {
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger acks = new AtomicInteger();

    delivery.receive(
        message(event, acks),
        e -> {
          attempts.incrementAndGet();
          throw new MalformedEventException("payload without a description");
        });

    assertEquals(1, attempts.get(), "no retries");
    assertEquals(1, acks.get());
    assertEquals(0, metrics.count("retried"));
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    assertEquals(1, letter.attempts());
    assertNotNull(letter.eventId(), "the envelope fields are kept");
    assertTrue(letter.error().contains("description"), letter.error());
  }

  @Test
  void aReplayThatSucceedsMarksTheLetterOnce() {
    delivery.receive(
        message(event, new AtomicInteger()),
        e -> {
          throw new IllegalStateException("database away");
        });
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);

    delivery.replay(letter, e -> true);

    assertTrue(deadLetters.list(false, 0, 10).isEmpty());
    assertNotNull(deadLetters.find(letter.id()).orElseThrow().replayedAt());
    assertEquals(false, deadLetters.markReplayed(letter.id()));
  }

  @Test
  void aReplayThatFailsLeavesTheLetterPending() {
    delivery.receive(message("garbage", new AtomicInteger()), e -> true);
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    Predicate<EventEnvelope> handler = e -> true;

    assertThrows(MalformedEventException.class, () -> delivery.replay(letter, handler));
    assertEquals(1, deadLetters.list(false, 0, 10).size());
  }

  private static Message<String> message(String payload, AtomicInteger acks) {
    return Message.of(
        payload,
        () -> {
          acks.incrementAndGet();
          return CompletableFuture.completedFuture(null);
        });
  }
}
