package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A ticket merged into another stays finished: reopening it, any other change, a comment or a file
 * is a 409 whose localized detail names the target; the target goes on as usual.
 */
class MergedTicketIT {

  @Test
  void aMergedTicketRefusesReopeningChangesAndCommentsNamingTheTarget() {
    JsonNode source = Tickets.open("requester1", "重複的印表機工單");
    JsonNode target = Tickets.open("requester1", "印表機無法列印");
    long sourceId = source.get("id").asLong();
    long targetId = target.get("id").asLong();
    String targetNumber = target.get("number").asText();
    HttpResponse<String> merged =
        Tickets.post(
            Tickets.path(sourceId) + "/merge",
            Tokens.of("agent1"),
            Tickets.etag(Api.get(Tickets.path(sourceId), Tokens.of("agent1"))),
            "{\"targetId\":" + targetId + "}");
    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals("CLOSED", Tickets.read(sourceId, "agent1").get("status").asText());

    // reopening (an agent's CLOSED → OPEN on any other closed ticket)
    JsonNode reopen =
        assertProblem(Tickets.change(sourceId, "agent1", "{\"status\":\"OPEN\"}"), 409, "conflict");
    assertTrue(reopen.get("detail").asText().contains(targetNumber), reopen.toString());
    assertTrue(reopen.get("detail").asText().contains("merged into"), reopen.toString());

    String etag = Tickets.etag(Api.get(Tickets.path(sourceId), Tokens.of("agent1")));
    HttpResponse<String> chinese =
        Api.send(
            Api.request(Tickets.path(sourceId), Tokens.of("agent1"))
                .header("Content-Type", "application/merge-patch+json")
                .header("Accept-Language", "zh-TW")
                .header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"OPEN\"}")));
    JsonNode zh = assertProblem(chinese, 409, "conflict");
    assertTrue(zh.get("detail").asText().contains("已合併至 " + targetNumber), zh.toString());

    // any other change, by an agent or the requester
    assertProblem(Tickets.change(sourceId, "agent1", "{\"priority\":\"P1\"}"), 409, "conflict");
    assertProblem(Tickets.change(sourceId, "requester1", "{\"status\":\"OPEN\"}"), 409, "conflict");
    // a bulk action reports the same refusal for that ticket
    HttpResponse<String> bulk =
        Api.postJson(
            "/api/ticket/tickets/bulk",
            Tokens.of("agent1"),
            "{\"ticketIds\":[" + sourceId + "],\"changes\":{\"status\":\"OPEN\"}}");
    assertEquals(200, bulk.statusCode(), bulk.body());
    assertTrue(bulk.body().contains(targetNumber), bulk.body());

    // a comment, a reply of the requester included (it would otherwise reopen a ticket)
    JsonNode reply =
        assertProblem(
            Api.postJson(
                Tickets.path(sourceId) + "/comments",
                Tokens.of("requester1"),
                "{\"body\":\"還是不能印\"}"),
            409,
            "conflict");
    assertTrue(reply.get("detail").asText().contains(targetNumber), reply.toString());
    assertProblem(
        Api.postJson(
            Tickets.path(sourceId) + "/comments",
            Tokens.of("agent1"),
            "{\"body\":\"note\",\"internal\":true}"),
        409,
        "conflict");
    assertEquals("CLOSED", Tickets.read(sourceId, "agent1").get("status").asText());

    // the target goes on
    Tickets.comment(targetId, "requester1", "{\"body\":\"還是不能印\"}");
  }
}
