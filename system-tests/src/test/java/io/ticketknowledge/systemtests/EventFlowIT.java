package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events from the Ticket module reach the Knowledge module through the real Kafka broker: once
 * each, in order per ticket, and a poison message does not stop the ones behind it.
 */
class EventFlowIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void aTicketOpenedAndChangedThroughTheApiReachesKnowledge() {
    JsonNode ticket = Tickets.open("requester1", "印表機無法連線（事件）");
    String id = ticket.get("id").asText();
    Tickets.patch(
        "/api/ticket/tickets/" + id, Tokens.of("agent1"), "\"1\"", "{\"priority\":\"HIGH\"}");

    JsonNode signal = Events.awaitSignal(id, 2, WITHIN);

    assertEquals("印表機無法連線（事件）", signal.get("subject").asText());
    assertEquals("P2", signal.get("priority").asText(), "HIGH is P2 since the lifecycle");
    assertEquals(2, signal.get("eventsApplied").asInt(), signal.toString());
    assertTrue(Events.metric("tk_events_published_total", "module=\"ticket\"") >= 2);
  }

  @Test
  void theSameMessageDeliveredTwiceHasOneEffect() {
    String ticketId = Events.unusedTicketId();
    String opened =
        Events.ticketEvent(UUID.randomUUID(), "ticket.opened", ticketId, 1, "重送測試", "NEW");
    String changed =
        Events.ticketEvent(UUID.randomUUID(), "ticket.changed", ticketId, 2, "重送測試", "OPEN");

    // same key, so one partition: the marker behind the duplicate is applied after it
    Events.send(Events.TICKET_TOPIC, ticketId, opened, opened, changed);

    JsonNode signal = Events.awaitSignal(ticketId, 2, WITHIN);
    assertEquals(2, signal.get("eventsApplied").asInt(), "the duplicate was applied: " + signal);
    assertEquals("OPEN", signal.get("status").asText());
  }

  @Test
  void poisonMessagesBecomeDeadLettersAndLaterMessagesStillFlow() {
    String ticketId = Events.unusedTicketId();
    String garbage = "not an event " + UUID.randomUUID();
    UUID incompleteId = UUID.randomUUID();
    String incomplete = Events.ticketEvent(incompleteId, "ticket.opened", ticketId, 1, null, "NEW");
    String valid = Events.ticketEvent(UUID.randomUUID(), "ticket.opened", ticketId, 2, "之後", "NEW");
    double before = Events.metric("tk_events_dead_lettered_total", "knowledge.ticket-signals");

    Events.send(Events.TICKET_TOPIC, ticketId, garbage, incomplete, valid);

    JsonNode signal = Events.awaitSignal(ticketId, 2, WITHIN);
    assertEquals("之後", signal.get("subject").asText());
    JsonNode garbageLetter = find("message", garbage);
    JsonNode incompleteLetter = find("eventId", incompleteId.toString());
    assertEquals(1, garbageLetter.get("attempts").asInt(), "malformed: no retries");
    // a payload without what its schema requires is poison like garbage: no retry can fix it
    assertEquals(1, incompleteLetter.get("attempts").asInt(), "payload against its schema");
    assertTrue(
        incompleteLetter.get("error").asText().contains("subject"), incompleteLetter.toString());
    assertTrue(
        Events.metric("tk_events_dead_lettered_total", "knowledge.ticket-signals") >= before + 2);

    // replaying cannot fix either: both answer 409 and stay pending
    HttpResponse<String> replayGarbage = replay(garbageLetter.get("id").asLong());
    assertEquals(409, replayGarbage.statusCode(), replayGarbage.body());
    Problems.assertProblem(replayGarbage, 409, "conflict");
    HttpResponse<String> replayIncomplete = replay(incompleteLetter.get("id").asLong());
    assertEquals(409, replayIncomplete.statusCode(), replayIncomplete.body());
    Problems.assertProblem(replayIncomplete, 409, "conflict");

    // nor can a bulk replay by filter: the letter is reported as failed again and stays pending
    HttpResponse<String> bulk =
        Api.send(
            Api.request(
                    "/api/knowledge/dead-letters/replay?consumer=knowledge.ticket-signals"
                        + "&type=ticket.opened&error=subject&from="
                        + java.time.Instant.parse(incompleteLetter.get("failedAt").asText())
                            .minusSeconds(1),
                    Tokens.of("admin1"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, bulk.statusCode(), bulk.body());
    JsonNode report = Api.json(bulk);
    assertTrue(report.get("matched").asInt() >= 1, bulk.body());
    assertTrue(
        report.get("failed").findValuesAsText("id").contains(incompleteLetter.get("id").asText()),
        bulk.body());
    assertEquals(
        400,
        Api.get("/api/knowledge/dead-letters?from=yesterday", Tokens.of("admin1")).statusCode());
  }

  @Test
  void onlyAdminsSeeDeadLetters() {
    assertEquals(403, Api.get("/api/knowledge/dead-letters", Tokens.of("agent1")).statusCode());
    assertEquals(
        404, Api.get("/api/knowledge/dead-letters/999999999", Tokens.of("admin1")).statusCode());
    assertEquals(
        400, Api.get("/api/knowledge/dead-letters?limit=5000", Tokens.of("admin1")).statusCode());
  }

  /** The pending dead letter with {@code field} = {@code value}, once it is there (all pages). */
  private static JsonNode find(String field, String value) {
    JsonNode[] found = new JsonNode[1];
    await().atMost(WITHIN).until(() -> (found[0] = search(field, value)) != null);
    return found[0];
  }

  private static JsonNode search(String field, String value) {
    long after = 0;
    while (true) {
      HttpResponse<String> response =
          Api.get("/api/knowledge/dead-letters?limit=200&after=" + after, Tokens.of("admin1"));
      assertEquals(200, response.statusCode(), response.body());
      JsonNode page = Api.json(response);
      for (JsonNode letter : page) {
        if (value.equals(letter.path(field).asText())) {
          return letter;
        }
        after = letter.get("id").asLong();
      }
      if (page.size() < 200) {
        return null;
      }
    }
  }

  private static HttpResponse<String> replay(long id) {
    return Api.send(
        Api.request("/api/knowledge/dead-letters/" + id + "/replay", Tokens.of("admin1"))
            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
  }
}
