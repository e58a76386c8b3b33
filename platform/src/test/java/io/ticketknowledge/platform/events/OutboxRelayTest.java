package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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

  private final DataSource db = EventTablesOnH2.create("ticket");
  private final CountingMetrics metrics = new CountingMetrics();
  private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> refusedKeys = Collections.synchronizedSet(new HashSet<>());
  private volatile boolean acknowledge = true;

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
  void rowsTheTransportRefusesStayPendingWithTheirError() throws Exception {
    append(3);
    refusedKeys.add("2");
    OutboxRelay relay = relay(500);

    RelayFailureException failure = assertThrows(RelayFailureException.class, relay::relayBatch);
    assertTrue(failure.getMessage().contains("broker away"), failure.getMessage());
    assertEquals(1, relay.backlog());
    assertEquals("1|broker away", attemptsAndError("2"));

    refusedKeys.clear();
    assertEquals(1, relay.relayBatch());
    assertEquals(List.of("1", "3", "2"), sent);
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
            Duration.ofHours(1));
    return new OutboxRelay("ticket", "ticket", db, publisher, settings, metrics);
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

  private String attemptsAndError(String key) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select attempts, last_error from ticket.outbox where aggregate_id = ?")) {
      select.setString(1, key);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getInt(1) + "|" + result.getString(2).replace("IllegalStateException: ", "");
      }
    }
  }
}
