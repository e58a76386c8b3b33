package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Outbox rows the relay set aside (parked) are listed for admins and released through the API; the
 * relay then publishes them. A parked row is made here as the relay would leave it, from the
 * envelope of a real event.
 */
class ParkedOutboxIT {

  private static final String PARKED = "/api/ticket/outbox/parked";

  @Test
  void anAdminListsAndReleasesAParkedRowAndTheRelayPublishesIt() throws Exception {
    long ticket = Tickets.open("requester1", "擱置的事件 " + UUID.randomUUID()).get("id").asLong();
    long seq = parkCopyOfTheOpenedEvent(ticket);
    String admin = Tokens.of("admin1");

    JsonNode listed = Api.json(Api.get(PARKED + "?after=" + (seq - 1) + "&limit=5", admin));
    JsonNode row = listed.get(0);
    assertEquals(seq, row.get("seq").asLong(), listed.toString());
    assertEquals(5, row.get("attempts").asInt());
    assertEquals("ticket.opened", row.get("eventType").asText());
    assertEquals("TimeoutException: no acknowledgement in time", row.get("lastError").asText());
    assertTrue(row.hasNonNull("parkedAt"));

    HttpResponse<String> released = post(PARKED + "/" + seq + "/release", admin);
    assertEquals(200, released.statusCode(), released.body());
    assertEquals(1, Api.json(released).get("released").asInt());
    await().atMost(Duration.ofSeconds(20)).until(() -> published(seq), Boolean::booleanValue);

    Problems.assertProblem(post(PARKED + "/" + seq + "/release", admin), 404, "not-found");
  }

  @Test
  void onlyAdminsReachItAndBadNumbersAreProblems() {
    String admin = Tokens.of("admin1");
    Problems.assertProblem(Api.get(PARKED, Tokens.of("agent1")), 403, "forbidden");
    Problems.assertProblem(post(PARKED + "/release", Tokens.of("requester1")), 403, "forbidden");
    Problems.assertProblem(post(PARKED + "/0/release", admin), 400, "validation");
    Problems.assertProblem(Api.get(PARKED + "?limit=1000", admin), 400, "validation");
    HttpResponse<String> knowledge = Api.get("/api/knowledge/outbox/parked", admin);
    assertEquals(200, knowledge.statusCode(), knowledge.body());
    assertTrue(Api.json(knowledge).isArray());
  }

  private static HttpResponse<String> post(String path, String token) {
    return Api.send(Api.request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** A copy of the ticket's opened event, parked after five attempts; returns its seq. */
  private static long parkCopyOfTheOpenedEvent(long ticket) throws Exception {
    try (Connection db = db();
        PreparedStatement copy =
            db.prepareStatement(
                "INSERT INTO ticket.outbox (event_id, topic, aggregate_id, event_type, envelope,"
                    + " attempts, last_error, parked_at)"
                    + " SELECT ?, topic, aggregate_id, event_type, envelope, 5,"
                    + " 'TimeoutException: no acknowledgement in time', current_timestamp"
                    + " FROM ticket.outbox WHERE aggregate_id = ? AND event_type = 'ticket.opened'"
                    + " RETURNING seq")) {
      copy.setObject(1, UUID.randomUUID());
      copy.setString(2, Long.toString(ticket));
      try (ResultSet result = copy.executeQuery()) {
        assertTrue(result.next(), "the ticket's opened event is in the outbox");
        return result.getLong(1);
      }
    }
  }

  private static boolean published(long seq) throws Exception {
    try (Connection db = db();
        PreparedStatement select =
            db.prepareStatement("SELECT published_at FROM ticket.outbox WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet result = select.executeQuery()) {
        return result.next() && result.getTimestamp(1) != null;
      }
    }
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }
}
