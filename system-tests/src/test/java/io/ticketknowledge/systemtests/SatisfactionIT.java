package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSAT end to end (decision 0023): resolve → the requester's survey link → one answer → a second
 * refused → the rating per ticket (requester, agents of the group) and in the aggregates per agent,
 * group and month; plus the token's tampering and the strangers' refusals.
 */
class SatisfactionIT {

  private static final String RATINGS = "/api/ticket/satisfaction/ratings";
  private static final String SUMMARY = "/api/ticket/satisfaction/summary";

  @Test
  void aResolvedTicketIsRatedOnceAndCountedPerAgentGroupAndMonth() {
    long group = Tickets.group("滿意度", "agent1");
    long otherGroup = Tickets.group("滿意度-其他");
    long ticket = Tickets.open("requester1", "滿意度測試 " + System.nanoTime()).get("id").asLong();
    Tickets.changed(ticket, "admin1", "{\"groupId\":" + group + "}");
    HttpResponse<String> read = Api.get(Tickets.path(ticket), Tokens.of("agent1"));
    HttpResponse<String> taken =
        Tickets.post(Tickets.path(ticket) + "/take", Tokens.of("agent1"), Tickets.etag(read), null);
    assertEquals(200, taken.statusCode(), taken.body());

    assertTrue(Tickets.absent(satisfaction(ticket, "requester1"), "survey"), "not resolved yet");
    Tickets.changed(ticket, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"已更換網路線。\"}");

    JsonNode survey = satisfaction(ticket, "requester1").get("survey");
    String token = survey.get("token").asText();
    assertTrue(survey.get("url").asText().endsWith("?token=" + token), survey.toString());
    assertTrue(Tickets.absent(satisfaction(ticket, "agent1"), "survey"), "only for the requester");

    // tampered and foreign tokens
    Problems.assertProblem(rate("requester1", token + "x", "GOOD"), 400, "bad-request");
    String[] parts = token.split("\\.");
    Problems.assertProblem(
        rate("requester1", (ticket + 1) + "." + parts[1] + "." + parts[2] + "." + parts[3], "GOOD"),
        400,
        "bad-request");
    Problems.assertProblem(rate("requester1", "garbage", "GOOD"), 400, "bad-request");
    Problems.assertProblem(rate("editor1", token, "GOOD"), 404, "not-found");
    Problems.assertProblem(rate("requester1", token, "MEH"), 400, "malformed-json");

    HttpResponse<String> rated =
        Api.postJson(
            RATINGS,
            Tokens.of("requester1"),
            "{\"token\":\"" + token + "\",\"rating\":\"GOOD\",\"comment\":\"很快就修好了\"}");
    assertEquals(201, rated.statusCode(), rated.body());
    Problems.assertProblem(rate("requester1", token, "BAD"), 409, "conflict");

    JsonNode mine = satisfaction(ticket, "requester1");
    assertTrue(Tickets.absent(mine, "survey"), "answered: no survey any more");
    assertEquals("GOOD", mine.get("ratings").get(0).get("rating").asText());
    JsonNode agents = satisfaction(ticket, "agent1");
    assertEquals("很快就修好了", agents.get("ratings").get(0).get("comment").asText());
    assertEquals(Tickets.userId("agent1"), agents.get("ratings").get(0).get("agentId").asText());
    assertEquals(
        404, Api.get(Tickets.path(ticket) + "/satisfaction", Tokens.of("editor1")).statusCode());

    List<JsonNode> events = Outbox.envelopes(ticket, "ticket.satisfaction-rated");
    assertEquals(1, events.size());
    assertEquals("GOOD", events.get(0).at("/payload/rating").asText());
    assertEquals(group, events.get(0).at("/payload/groupId").asLong());

    // aggregates: the group's one rating, for its agent and this month
    String month = YearMonth.now(ZoneOffset.UTC).toString();
    JsonNode byGroup = summary("agent1", "?by=GROUP&groupId=" + group);
    assertEquals(1, byGroup.size(), byGroup.toString());
    assertEquals(Long.toString(group), byGroup.get(0).get("key").asText());
    assertEquals(1, byGroup.get(0).get("good").asLong());
    assertEquals(0, byGroup.get(0).get("bad").asLong());
    assertEquals(1.0, byGroup.get(0).get("score").asDouble());
    JsonNode byAgent = summary("admin1", "?by=AGENT&groupId=" + group);
    assertEquals(Tickets.userId("agent1"), byAgent.get(0).get("key").asText());
    JsonNode byMonth =
        summary("agent1", "?by=MONTH&from=" + month + "&to=" + month + "&groupId=" + group);
    assertEquals(month, byMonth.get(0).get("key").asText());
    assertEquals(0, summary("agent1", "?by=MONTH&from=2000-01&to=2000-12&groupId=" + group).size());

    Problems.assertProblem(
        Api.get(SUMMARY + "?by=GROUP&groupId=" + otherGroup, Tokens.of("agent1")),
        403,
        "forbidden");
    assertEquals(403, Api.get(SUMMARY + "?by=GROUP", Tokens.of("requester1")).statusCode());
    Problems.assertProblem(Api.get(SUMMARY + "?by=WEEK", Tokens.of("admin1")), 400, "validation");
    Problems.assertProblem(Api.get(SUMMARY, Tokens.of("admin1")), 400, "validation");
    Problems.assertProblem(
        Api.get(SUMMARY + "?by=MONTH&from=2026-13", Tokens.of("admin1")), 400, "validation");
    Problems.assertProblem(
        Api.get(SUMMARY + "?by=MONTH&from=2026-05&to=2026-01", Tokens.of("admin1")),
        400,
        "bad-request");
  }

  @Test
  void aReopenedAndResolvedAgainTicketGetsANewSurvey() {
    long ticket = Tickets.open("requester1", "滿意度重開 " + System.nanoTime()).get("id").asLong();
    Tickets.changed(ticket, "admin1", "{\"status\":\"RESOLVED\",\"resolution\":\"重新開機。\"}");
    String first = satisfaction(ticket, "requester1").get("survey").get("token").asText();
    Tickets.changed(ticket, "requester1", "{\"status\":\"OPEN\"}");
    assertTrue(Tickets.absent(satisfaction(ticket, "requester1"), "survey"), "reopened");
    Problems.assertProblem(rate("requester1", first, "BAD"), 409, "conflict");
    Tickets.changed(ticket, "admin1", "{\"status\":\"RESOLVED\",\"resolution\":\"換了電源。\"}");
    String second = satisfaction(ticket, "requester1").get("survey").get("token").asText();
    assertNotEquals(first, second);
    Problems.assertProblem(rate("requester1", first, "BAD"), 409, "conflict");
    assertEquals(201, rate("requester1", second, "BAD").statusCode());
    Problems.assertProblem(rate("requester1", second, "BAD"), 409, "conflict");
  }

  private static JsonNode satisfaction(long ticket, String user) {
    HttpResponse<String> response =
        Api.get(Tickets.path(ticket) + "/satisfaction", Tokens.of(user));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static HttpResponse<String> rate(String user, String token, String rating) {
    return Api.postJson(
        RATINGS, Tokens.of(user), "{\"token\":\"" + token + "\",\"rating\":\"" + rating + "\"}");
  }

  private static JsonNode summary(String user, String query) {
    HttpResponse<String> response = Api.get(SUMMARY + query, Tokens.of(user));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }
}
