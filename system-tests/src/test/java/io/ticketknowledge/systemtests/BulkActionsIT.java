package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bulk actions: each ticket goes through the single-update rules in its own transaction, the answer
 * reports every ticket, and bad requests as a whole are refused before anything changes.
 */
class BulkActionsIT {

  private static final String BULK = Tickets.TICKETS + "/bulk";

  @Test
  void aMixedSelectionReportsEachTicketAndChangesOnlyTheAllowedOnes() {
    long group = Tickets.group("批次-服務台", "agent1");
    long other = Tickets.group("批次-別組");
    long fresh = TicketLinksMergeIT.inGroup("requester1", "批次：新工單", group);
    long resolved = TicketLinksMergeIT.inGroup("requester1", "批次：已解決", group);
    Tickets.changed(resolved, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"已處理\"}");
    long foreign = TicketLinksMergeIT.inGroup("requester1", "批次：別組", other);
    // agent1 requested this one, in a group they are not in: they read it as its requester only
    long ownRequest = TicketLinksMergeIT.inGroup("agent1", "批次：自己提的", other);

    HttpResponse<String> response =
        Api.postJson(
            BULK,
            Tokens.of("agent1"),
            "{\"ticketIds\":["
                + fresh
                + ","
                + resolved
                + ","
                + foreign
                + ",999999999,"
                + ownRequest
                + ","
                + fresh
                + "],\"changes\":{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_THIRD_PARTY\","
                + "\"addTags\":[\"bulk\"]}}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = Api.json(response);
    assertEquals(5, result.get("requested").asInt(), "repeats count once");
    assertEquals(1, result.get("succeeded").asInt());
    assertEquals(4, result.get("failed").asInt());
    Map<Long, Integer> statuses = new HashMap<>();
    result
        .get("results")
        .forEach(r -> statuses.put(r.get("ticketId").asLong(), r.get("status").asInt()));
    assertEquals(
        Map.of(fresh, 200, resolved, 409, foreign, 404, 999999999L, 404, ownRequest, 403),
        statuses);
    result
        .get("results")
        .forEach(
            r -> {
              if (r.get("status").asInt() != 200) {
                assertEquals(r.get("status").asInt(), r.at("/problem/status").asInt());
                assertTrue(r.at("/problem/detail").asText().length() > 0, r.toString());
              }
            });

    JsonNode changed = Tickets.read(fresh, "agent1");
    assertEquals("PENDING", changed.get("status").asText());
    assertTrue(changed.get("tags").toString().contains("bulk"));
    assertEquals("RESOLVED", Tickets.read(resolved, "agent1").get("status").asText());
    assertEquals(1, Outbox.envelopes(fresh, "ticket.status-changed").size());
    assertTrue(Tickets.history(fresh, "agent1").toString().contains("PENDING"));

    // a bad enum is the request's fault (400 for all); a change that does not fit a ticket is 422
    JsonNode badEnum =
        Api.json(
            Api.postJson(
                BULK,
                Tokens.of("agent1"),
                "{\"ticketIds\":["
                    + resolved
                    + "],\"changes\":{\"status\":\"OPEN\",\"priority\":\"P9\"}}"));
    assertEquals(
        "https://ticket-knowledge.io/problems/malformed-json", badEnum.get("type").asText());
    long another = TicketLinksMergeIT.inGroup("requester1", "批次：缺少原因", group);
    JsonNode missingReason =
        Api.json(
            Api.postJson(
                BULK,
                Tokens.of("agent1"),
                "{\"ticketIds\":[" + another + "],\"changes\":{\"status\":\"PENDING\"}}"));
    assertEquals(422, missingReason.at("/results/0/status").asInt(), missingReason.toString());
  }

  @Test
  void aFilterSelectsEveryMatchingTicketTheAgentSees() {
    long group = Tickets.group("批次-篩選", "agent1");
    String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      long id = TicketLinksMergeIT.inGroup("requester1", "批次篩選 " + i, group);
      Tickets.changed(id, "agent1", "{\"tags\":[\"" + tag + "\"]}");
    }
    JsonNode result =
        Api.json(
            Api.postJson(
                BULK,
                Tokens.of("agent1"),
                "{\"filter\":{\"tag\":\""
                    + tag
                    + "\"},\"changes\":{\"priority\":\"P1\",\"removeTags\":[\""
                    + tag
                    + "\"]}}"));
    assertEquals(3, result.get("succeeded").asInt(), result.toString());
    assertEquals(
        0,
        Api.json(Api.get(Tickets.TICKETS + "/count?tag=" + tag, Tokens.of("agent1")))
            .get("count")
            .asInt());
  }

  @Test
  void badRequestsAreRefusedAsAWhole() {
    StringJoiner many = new StringJoiner(",");
    for (int i = 1; i <= 101; i++) {
      many.add(Integer.toString(i));
    }
    assertProblem(
        Api.postJson(
            BULK,
            Tokens.of("agent1"),
            "{\"ticketIds\":[" + many + "],\"changes\":{\"priority\":\"P1\"}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            BULK,
            Tokens.of("agent1"),
            "{\"ticketIds\":[1],\"filter\":{\"status\":\"NEW\"},\"changes\":{\"priority\":\"P1\"}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(BULK, Tokens.of("agent1"), "{\"ticketIds\":[1],\"changes\":{}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(
            BULK,
            Tokens.of("agent1"),
            "{\"filter\":{\"colour\":\"red\"},\"changes\":{\"priority\":\"P1\"}}"),
        400,
        "bad-request");
    assertProblem(
        Api.postJson(BULK, Tokens.of("agent1"), "{\"ticketIds\":[1]}"), 400, "validation");
    assertProblem(
        Api.postJson(
            BULK, Tokens.of("requester1"), "{\"ticketIds\":[1],\"changes\":{\"priority\":\"P1\"}}"),
        403,
        "forbidden");
  }
}
