package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  private static final int MAX_ATTEMPTS = 4;

  private final DataSource db = EventTablesOnH2.create("ticket");
  private final CountingMetrics metrics = new CountingMetrics();
  private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> refusedKeys = Collections.synchronizedSet(new HashSet<>());
  private volatile boolean acknowledge = true;
  private final MutableClock clock = new MutableClock();

  private final EventPublisher publisher =
      new EventPublisher() {
        @Override
        public CompletionStage<Void> publish(String topic, String key, String value) {
          if (refusedKeys.contains(key)) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker away"));
          }
          if (!acknowledge) {
            return new CompletableFuture<>();
          }
          sent.add(key);
          return CompletableFuture.completedFuture(null);
        }
      };

  @Test
  void publishesOldestFirstAndMarksWhatWasTaken() throws Exception {
    append(5);
    OutboxRelay relay = relay(500);

    assertEquals(5, relay.relayBatch());
    assertEquals(List.of("1", "2", "3", "4", "5"), sent);
    assertEquals(0, relay.backlog());
    assertEquals(0, relay.relayBatch(), "nothing twice");
    assertEquals(5, metrics.count("published"));
  }

  @Test
  void aRowRefusedWhileOthersAreTakenIsRetriedOnItsOwnScheduleWithItsError() throws Exception {
    append(3);
    refusedKeys.add("2");
    OutboxRelay relay = relay(500);

    assertEquals(3, relay.relayBatch(), "no relay-wide failure: the others were taken");
    assertEquals(1, relay.backlog());
    assertEquals("1|broker away", attemptsAndError("2"));

    refusedKeys.clear();
    assertEquals(0, relay.relayBatch(), "the refused row waits for its own retry time");
    clock.advance(Duration.ofSeconds(3));
    assertEquals(1, relay.relayBatch());
    assertEquals(List.of("1", "3", "2"), sent);
  }

  @Test
  void whenTheTransportTakesNothingItIsAwayAndNoRowIsBlamed() throws Exception {
    append(3);
    refusedKeys.addAll(Set.of("1", "2", "3"));
    OutboxRelay relay = relay(500);

    RelayFailureException failure = assertThrows(RelayFailureException.class, relay::relayBatch);
    assertTrue(failure.getMessage().contains("broker away"), failure.getMessage());
    assertEquals("0|broker away", attemptsAndError("2"), "an outage does not count against rows");

    for (int cycle = 0; cycle < 20; cycle++) {
      assertThrows(RelayFailureException.class, relay::relayBatch);
    }
    assertEquals(0, relay.parked(), "a long outage sets nothing aside");
    refusedKeys.clear();
    assertEquals(3, relay.relayBatch());
  }

  @Test
  void aPermanentlyRefusedRowIsSetAsideAndOnlyItsAggregateWaits() throws Exception {
    appendFor("bad", "good-1", "bad", "good-2");
    refusedKeys.add("bad");
    OutboxRelay relay = relay(500);

    relay.tick();
    assertEquals(List.of("good-1", "good-2"), sent, "the bad aggregate's second event waits");
    for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      appendFor("good-" + (attempt + 1));
      clock.advance(Duration.ofMinutes(1)); // past the row's own backoff, never the relay's
      relay.tick();
      assertEquals("good-" + (attempt + 1), sent.get(sent.size() - 1), "others flow at once");
    }

    assertEquals(1, relay.parked(), "set aside after the last attempt");
    assertEquals(MAX_ATTEMPTS + "|broker away", attemptsAndError("bad"));
    clock.advance(Duration.ofHours(1));
    appendFor("good-late");
    relay.tick();
    assertEquals("good-late", sent.get(sent.size() - 1));
    assertEquals(2, relay.backlog(), "the parked row and its aggregate's later row");
    assertTrue(sent.stream().noneMatch("bad"::equals));
  }

  @Test
  void retentionRemovesOldPublishedRowsAndProcessedMarksOnly() throws Exception {
    append(2);
    OutboxRelay relay = relay(500);
    assertEquals(2, relay.relayBatch());
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "update ticket.outbox set published_at = timestamp with time zone"
              + " '2020-01-01 00:00:00+00' where aggregate_id = '1'");
      statement.execute(
          "insert into ticket.processed_event (consumer, event_id, processed_at) values"
              + " ('c', random_uuid(), timestamp with time zone '2020-01-01 00:00:00+00'),"
              + " ('c', random_uuid(), current_timestamp)");
    }
    append(1);

    relay.tick();

    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement();
        ResultSet outbox = statement.executeQuery("select count(*) from ticket.outbox")) {
      outbox.next();
      assertEquals(2, outbox.getInt(1), "the fresh published row and the new one stay");
      try (ResultSet marks =
          statement.executeQuery("select count(*) from ticket.processed_event")) {
        marks.next();
        assertEquals(1, marks.getInt(1), "the recent mark stays");
      }
    }
  }

  @Test
  void rowsWithoutAcknowledgementInTimeAreRetried() throws Exception {
    append(2);
    acknowledge = false;
    OutboxRelay relay = relay(500);

    assertThrows(RelayFailureException.class, relay::relayBatch);
    assertEquals(2, relay.backlog());

    acknowledge = true;
    assertEquals(2, relay.relayBatch());
  }

  @Test
  void afterAFailedCycleTheRelayBacksOff() throws Exception {
    append(1);
    refusedKeys.add("1");
    OutboxRelay relay = relay(500);
    relay.tick();
    refusedKeys.clear();

    relay.tick(); // still inside the backoff
    assertEquals(1, relay.backlog());
  }

  @Test
  void twoRelaysOnOneOutboxNeverSendARowTwice() throws Exception {
    append(300);
    OutboxRelay first = relay(20);
    OutboxRelay second = relay(20);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxRelay relay : List.of(first, second)) {
        runs.add(
            pool.submit(
                () -> {
                  int total = 0;
                  int n;
                  while ((n = relay.relayBatch()) > 0) {
                    total += n;
                  }
                  return total;
                }));
      }
      assertEquals(300, runs.get(0).get() + runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(300, sent.size());
    assertEquals(300, new HashSet<>(sent).size(), "a row was sent twice");
  }

  private OutboxRelay relay(int batchSize) {
    RelaySettings settings =
        new RelaySettings(
            Duration.ofSeconds(1),
            batchSize,
            Duration.ofMillis(200),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            MAX_ATTEMPTS,
            Duration.ofDays(30));
    return new OutboxRelay("ticket", "ticket", db, publisher, settings, metrics, clock);
  }

  private void append(int count) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into ticket.outbox (event_id, topic, aggregate_id, event_type, envelope)"
                    + " values (?, 'ticket.events', ?, 'ticket.opened', ?)")) {
      for (int i = 1; i <= count; i++) {
        EventEnvelope event =
            EventEnvelope.of("ticket.opened", i, 1, "tester", Json.createObjectBuilder().build());
        insert.setObject(1, event.id());
        insert.setString(2, String.valueOf(i));
        insert.setString(3, event.toJson());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void appendFor(String... keys) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into ticket.outbox (event_id, topic, aggregate_id, event_type, envelope)"
                    + " values (?, 'ticket.events', ?, 'ticket.opened', ?)")) {
      for (String key : keys) {
        EventEnvelope event =
            EventEnvelope.of("ticket.opened", 1, 1, "tester", Json.createObjectBuilder().build());
        insert.setObject(1, event.id());
        insert.setString(2, key);
        insert.setString(3, event.toJson());
        insert.executeUpdate();
      }
    }
  }

  /** A clock the test moves, so retry times pass without waiting. */
  private static final class MutableClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private String attemptsAndError(String key) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select attempts, last_error from ticket.outbox where aggregate_id = ? order by seq")) {
      select.setString(1, key);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getInt(1) + "|" + result.getString(2).replace("IllegalStateException: ", "");
      }
    }
  }
}
