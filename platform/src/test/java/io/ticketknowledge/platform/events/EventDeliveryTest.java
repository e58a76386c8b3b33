package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class EventDeliveryTest {

  private final FlakyDataSource database = new FlakyDataSource(EventTablesOnH2.create("knowledge"));
  private final DeadLetters deadLetters = new DeadLetters("knowledge", database);
  private final CountingMetrics metrics = new CountingMetrics();
  private final List<String> deadLetterTopic = new ArrayList<>();
  private final ConsumerStatus status = new ConsumerStatus("knowledge.test", Clock.systemUTC());
  private final AtomicBoolean databaseAnswers = new AtomicBoolean(true);
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
          new ConsumerSettings(3, Duration.ofMillis(1), 500, Duration.ofMillis(4), Duration.ZERO),
          metrics,
          new EventFaults(databaseAnswers::get),
          status);

  private final String event = event(7);

  @Test
  void aHandledEventIsCounted() {
    delivery.deliver(List.of(event), handler(e -> true));

    assertEquals(1, metrics.count("consumed"));
    assertTrue(deadLetters.list(true, 0, 10).isEmpty());
  }

  @Test
  void aRedeliveryIsCountedAsDuplicate() {
    delivery.deliver(List.of(event), handler(e -> false));
    assertEquals(1, metrics.count("duplicate"));
    assertEquals(0, metrics.count("consumed"));
  }

  @Test
  void aBatchIsAppliedInOneCall() {
    BatchRecorder handler = new BatchRecorder(e -> true);

    delivery.deliver(List.of(event(1), event(2), event(3)), handler);

    assertEquals(List.of(3), handler.batches);
    assertEquals(0, handler.single.get());
    assertEquals(3, metrics.count("consumed"));
  }

  @Test
  void aPoisonEventInABatchIsDeadLetteredAloneAndTheOthersCommit() {
    String poison = event(2);
    BatchRecorder handler =
        new BatchRecorder(
            e -> {
              if (e.aggregateId().equals("2")) {
                throw new MalformedEventException("payload without a subject");
              }
              return true;
            });

    delivery.deliver(List.of(event(1), poison, event(3)), handler);

    assertEquals(3, handler.single.get(), "the batch failed, so each event went alone");
    assertEquals(2, metrics.count("consumed"));
    List<DeadLetter> letters = deadLetters.list(false, 0, 10);
    assertEquals(1, letters.size());
    assertEquals(poison, letters.get(0).message());
    assertEquals(0, metrics.count("retried"), "poison is not retried");
  }

  @Test
  void aMessageThatIsNoEnvelopeIsDeadLetteredWithoutReachingTheHandler() {
    BatchRecorder handler = new BatchRecorder(e -> true);

    delivery.deliver(List.of(event(1), "garbage", event(3)), handler);

    assertEquals(List.of(2), handler.batches);
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    assertEquals(1, letter.attempts());
    assertNull(letter.eventId());
    assertEquals("garbage", letter.message());
  }

  @Test
  void aFailureOfUnknownKindIsRetriedThenDeadLettered() {
    AtomicInteger attempts = new AtomicInteger();

    delivery.deliver(
        List.of(event),
        handler(
            e -> {
              attempts.incrementAndGet();
              throw new IllegalStateException("no subject");
            }));

    assertEquals(3, attempts.get());
    assertEquals(2, metrics.count("retried"));
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    assertEquals(3, letter.attempts());
    assertNotNull(letter.eventId());
    assertTrue(letter.error().contains("no subject"), letter.error());
    assertEquals(List.of("tk.dead-letters:" + event), deadLetterTopic);
  }

  @Test
  void aTransientFaultIsRetriedBeyondMaxAttemptsAndNeverDeadLettered() {
    AtomicInteger attempts = new AtomicInteger();

    delivery.deliver(
        List.of(event),
        handler(
            e -> {
              if (attempts.incrementAndGet() <= 10) {
                throw new IllegalStateException(
                    "commit failed", new SQLTransientConnectionException("connection refused"));
              }
              return true;
            }));

    assertEquals(11, attempts.get(), "ten failed attempts, far beyond max-attempts 3");
    assertEquals(1, metrics.count("consumed"));
    assertTrue(deadLetters.list(true, 0, 10).isEmpty());
    assertTrue(status.stalledFor().isEmpty(), "flowing again");
  }

  @Test
  void aFailureWhileTheDatabaseDoesNotAnswerIsTransient() {
    AtomicInteger attempts = new AtomicInteger();
    databaseAnswers.set(false);

    delivery.deliver(
        List.of(event),
        handler(
            e -> {
              if (attempts.incrementAndGet() == 5) {
                databaseAnswers.set(true);
                return true;
              }
              throw new IllegalStateException("transaction rolled back"); // names no cause
            }));

    assertEquals(5, attempts.get());
    assertTrue(deadLetters.list(true, 0, 10).isEmpty());
  }

  @Test
  void aTransientBatchFailureRetriesTheBatchNotEachEvent() {
    AtomicInteger batchCalls = new AtomicInteger();
    EventHandler handler =
        new EventHandler() {
          @Override
          public boolean apply(EventEnvelope e) {
            throw new AssertionError("not split");
          }

          @Override
          public int applyAll(List<EventEnvelope> events) {
            if (batchCalls.incrementAndGet() < 4) {
              throw new SearchDown();
            }
            return events.size();
          }
        };

    delivery.deliver(List.of(event(1), event(2)), handler);

    assertEquals(4, batchCalls.get());
    assertEquals(2, metrics.count("consumed"));
  }

  @Test
  void whileADeadLetterCannotBeWrittenTheConsumerWaitsInsteadOfGivingUp() {
    database.failNext(3);

    delivery.deliver(List.of("garbage"), handler(e -> true));

    assertEquals(1, deadLetters.list(false, 0, 10).size());
    assertTrue(metrics.count("retried") >= 3);
  }

  @Test
  void aStallIsReportedWhileItLasts() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<Boolean> stalledDuring = new ArrayList<>();

    delivery.deliver(
        List.of(event),
        handler(
            e -> {
              if (attempts.incrementAndGet() == 3) {
                stalledDuring.add(status.stalledFor().isPresent());
                stalledDuring.add(status.lastError().orElse("").contains("search"));
                return true;
              }
              throw new SearchDown();
            }));

    assertEquals(List.of(true, true), stalledDuring);
    assertTrue(status.stalledFor().isEmpty());
  }

  @Test
  void aReplayThatSucceedsMarksTheLetterOnce() {
    delivery.deliver(
        List.of(event),
        handler(
            e -> {
              throw new IllegalStateException("bug, fixed later");
            }));
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);

    delivery.replay(letter, handler(e -> true));

    assertTrue(deadLetters.list(false, 0, 10).isEmpty());
    assertNotNull(deadLetters.find(letter.id()).orElseThrow().replayedAt());
    assertEquals(false, deadLetters.markReplayed(letter.id()));
  }

  @Test
  void aReplayThatFailsLeavesTheLetterPending() {
    delivery.deliver(List.of("garbage"), handler(e -> true));
    DeadLetter letter = deadLetters.list(false, 0, 10).get(0);
    EventHandler handler = handler(e -> true);

    assertThrows(MalformedEventException.class, () -> delivery.replay(letter, handler));
    assertEquals(1, deadLetters.list(false, 0, 10).size());
  }

  static String event(long ticket) {
    return EventEnvelope.of(
            "ticket.opened", ticket, 1, "tester", Json.createObjectBuilder().build())
        .toJson();
  }

  static EventHandler handler(Predicate<EventEnvelope> apply) {
    return apply::test;
  }

  /** A search service that does not answer, as the port reports it. */
  static final class SearchDown extends RuntimeException implements TransientFailure {
    SearchDown() {
      super("search unavailable");
    }
  }

  /** Records how the delivery called it: whole batches, or events one by one. */
  static final class BatchRecorder implements EventHandler {
    final List<Integer> batches = new ArrayList<>();
    final AtomicInteger single = new AtomicInteger();
    private final Predicate<EventEnvelope> apply;

    BatchRecorder(Predicate<EventEnvelope> apply) {
      this.apply = apply;
    }

    @Override
    public boolean apply(EventEnvelope event) {
      single.incrementAndGet();
      return apply.test(event);
    }

    @Override
    public int applyAll(List<EventEnvelope> events) {
      int applied = 0;
      for (EventEnvelope event : events) {
        if (apply.test(event)) { // a failure aborts the whole batch, as a rollback does
          applied++;
        }
      }
      batches.add(events.size());
      return applied;
    }
  }

  /** A data source whose next connections fail, as while the database restarts. */
  static final class FlakyDataSource extends DelegatingDataSource {
    private final AtomicInteger failures = new AtomicInteger();

    FlakyDataSource(DataSource target) {
      super(target);
    }

    void failNext(int connections) {
      failures.set(connections);
    }

    @Override
    public java.sql.Connection getConnection() throws SQLException {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new SQLException("Connection refused", "08001");
      }
      return super.getConnection();
    }
  }
}
