package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Both consumers (Knowledge ticket signals, Ticket search index) ride out a database outage while
 * events flow: they pause and retry, readiness says they are stalled, and once the database is back
 * every event is applied exactly once, none dead-lettered. Before, a handler that failed and could
 * not write its dead letter nacked the message and the Kafka connector ended the channel for good.
 */
class ConsumerOutageIT {

  private static final int EVENTS = 40;

  @Test
  void bothConsumersRideOutADatabaseBlipAndApplyEveryEventOnce() throws Exception {
    long firstId = Long.parseLong(Events.unusedTicketId());
    List<UUID> eventIds = new ArrayList<>();
    try (DatabaseBlip blip = DatabaseBlip.start()) {
      for (int i = 0; i < EVENTS; i++) {
        UUID id = UUID.randomUUID();
        eventIds.add(id);
        String ticketId = String.valueOf(firstId + i);
        Events.send(
            Events.TICKET_TOPIC,
            ticketId,
            EventThroughputBench.openedTicket(id, firstId + i, "資料庫中斷測試 " + i));
      }
      // the consumers got the events, failed to apply them, and wait: readiness names them
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                JsonNode consumers = consumersCheck();
                return consumers != null
                    && consumers.path("knowledge.ticket-signals").asText().startsWith("stalled")
                    && consumers.path("ticket.search-index").asText().startsWith("stalled");
              });
    }

    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> applied(firstId) == EVENTS && indexed(eventIds) == EVENTS);
    assertEquals(EVENTS, appliedOnce(firstId), "each signal holds exactly one event");
    assertEquals(0, deadLetters("knowledge", eventIds));
    assertEquals(0, deadLetters("ticket", eventIds));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "flowing".equals(consumersCheck().path("knowledge.ticket-signals").asText())
                    && "flowing".equals(consumersCheck().path("ticket.search-index").asText()));
  }

  /** The data of the {@code event-consumers} readiness check. */
  private static JsonNode consumersCheck() {
    JsonNode health = Api.json(Api.send(Api.request("/health/ready").GET()));
    for (JsonNode check : health.path("checks")) {
      if ("event-consumers".equals(check.path("name").asText())) {
        return check.path("data");
      }
    }
    return null;
  }

  private static int applied(long firstId) throws SQLException {
    return count(
        "select count(*) from knowledge.ticket_signals where ticket_id in (" + ids(firstId) + ")");
  }

  private static int appliedOnce(long firstId) throws SQLException {
    return count(
        "select count(*) from knowledge.ticket_signals where events_applied = 1 and ticket_id in ("
            + ids(firstId)
            + ")");
  }

  private static int indexed(List<UUID> eventIds) throws SQLException {
    return count(
        "select count(*) from ticket.processed_event where consumer = 'ticket.search-index'"
            + " and event_id in ("
            + uuids(eventIds)
            + ")");
  }

  private static int deadLetters(String schema, List<UUID> eventIds) throws SQLException {
    return count(
        "select count(*) from "
            + schema
            + ".dead_letter where event_id in ("
            + uuids(eventIds)
            + ")");
  }

  private static String ids(long firstId) {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < EVENTS; i++) {
      ids.append(i == 0 ? "" : ",").append('\'').append(firstId + i).append('\'');
    }
    return ids.toString();
  }

  private static String uuids(List<UUID> ids) {
    StringBuilder text = new StringBuilder();
    for (UUID id : ids) {
      text.append(text.length() == 0 ? "" : ",").append('\'').append(id).append("'::uuid");
    }
    return text.toString();
  }

  private static int count(String sql) throws SQLException {
    try (Connection db = EventThroughputBench.database();
        PreparedStatement count = db.prepareStatement(sql);
        ResultSet result = count.executeQuery()) {
      result.next();
      return result.getInt(1);
    }
  }
}
