package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static io.ticketknowledge.systemtests.Tickets.changed;
import static io.ticketknowledge.systemtests.Tickets.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Public replies and internal notes: notes never reach requesters (lists, history, edits), their
 * events are marked internal, a requester's reply reopens a waiting or resolved ticket, and
 * corrections stay in the history.
 */
class TicketConversationIT {

  @Test
  void internalNotesAreForAgentsOnlyAndMarkedInTheirEvents() throws Exception {
    Tickets.group("對話-服務台", "agent1");
    long id = Tickets.open("requester1", "會議室投影機").get("id").asLong();
    long reply = Tickets.comment(id, "agent1", "{\"body\":\"請問是哪一間會議室？\"}");
    long note =
        Tickets.comment(
            id,
            "agent1",
            "{\"body\":\"可能是 HDMI 線材問題 @agent1\",\"internal\":true,\"mentions\":[\""
                + Tickets.userId("agent1")
                + "\"]}");

    List<Long> requesterSees = ids(Tickets.comments(id, "requester1"));
    assertEquals(List.of(reply), requesterSees, "no internal note for the requester");
    JsonNode agentSees = Tickets.comments(id, "agent1");
    assertEquals(List.of(reply, note), ids(agentSees));
    assertTrue(agentSees.get(1).get("internal").asBoolean());
    assertEquals(Tickets.userId("agent1"), agentSees.at("/1/mentions/0").asText());

    assertProblem(
        Api.postJson(
            path(id) + "/comments",
            Tokens.of("requester1"),
            "{\"body\":\"我也想寫內部備註\",\"internal\":true}"),
        403,
        "forbidden");
    assertProblem(
        Api.postJson(
            path(id) + "/comments",
            Tokens.of("agent1"),
            "{\"body\":\"x\",\"mentions\":[\"nobody-" + id + "\"]}"),
        400,
        "bad-request");
    assertProblem(
        Tickets.patch(
            path(id) + "/comments/" + note, Tokens.of("requester1"), "\"1\"", "{\"body\":\"x\"}"),
        404,
        "not-found");

    String envelope = envelopeOf(id, "ticket.commented", note);
    assertTrue(envelope.contains("\"internal\":true"), envelope);
    assertTrue(envelope.contains("\"visibility\":\"internal\""), envelope);
  }

  @Test
  void aRequestersReplyReopensAWaitingOrResolvedTicket() {
    long id = Tickets.open("requester1", "印表機卡紙").get("id").asLong();
    changed(id, "agent1", "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}");
    Tickets.comment(id, "requester1", "{\"body\":\"是二樓的 HP 印表機。\"}");
    assertEquals("OPEN", Tickets.read(id, "requester1").get("status").asText());

    changed(id, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"已清除卡紙。\"}");
    Tickets.comment(id, "requester1", "{\"body\":\"又卡紙了。\"}");
    JsonNode reopened = Tickets.read(id, "requester1");
    assertEquals("OPEN", reopened.get("status").asText());
    assertTrue(Tickets.absent(reopened, "resolution"));

    // an agent's reply does not move the ticket
    changed(id, "agent1", "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_THIRD_PARTY\"}");
    Tickets.comment(id, "agent1", "{\"body\":\"已聯絡廠商。\"}");
    assertEquals("PENDING", Tickets.read(id, "agent1").get("status").asText());
  }

  @Test
  void correctionsStayInTheHistoryInternalOnesOnlyForAgents() {
    long id = Tickets.open("requester1", "留言修改").get("id").asLong();
    long reply = Tickets.comment(id, "requester1", "{\"body\":\"三樓\"}");
    long note = Tickets.comment(id, "agent1", "{\"body\":\"內部草稿\",\"internal\":true}");

    HttpResponse<String> notAuthor =
        Tickets.patch(
            path(id) + "/comments/" + reply, Tokens.of("agent1"), "\"1\"", "{\"body\":\"x\"}");
    assertProblem(notAuthor, 403, "forbidden");
    HttpResponse<String> corrected =
        Tickets.patch(
            path(id) + "/comments/" + reply,
            Tokens.of("requester1"),
            "\"1\"",
            "{\"body\":\"更正：四樓\"}");
    assertEquals(200, corrected.statusCode(), corrected.body());
    assertFalse(Tickets.absent(Api.json(corrected), "editedAt"));
    assertEquals(
        200,
        Tickets.patch(
                path(id) + "/comments/" + note, Tokens.of("agent1"), "\"1\"", "{\"body\":\"內部定稿\"}")
            .statusCode());

    List<String> requesterHistory = changes(Tickets.history(id, "requester1"));
    assertTrue(requesterHistory.contains("comment:" + reply), requesterHistory.toString());
    assertFalse(requesterHistory.contains("comment:" + note), "internal edit hidden");
    List<String> agentHistory = changes(Tickets.history(id, "agent1"));
    assertTrue(agentHistory.contains("comment:" + note), agentHistory.toString());
    for (JsonNode entry : Tickets.history(id, "requester1")) {
      if (entry.get("change").asText().equals("comment:" + reply)) {
        assertEquals("三樓", entry.path("before").asText());
        assertEquals("更正：四樓", entry.path("after").asText());
      }
    }
  }

  @Test
  void aWatcherReadsTheTicketAndItsPublicConversationRepliesAndChangesNothing() {
    long id = Tickets.open("requester1", "關注者測試").get("id").asLong();
    Tickets.comment(id, "agent1", "{\"body\":\"內部：需要主管核准\",\"internal\":true}");
    assertProblem(Api.get(path(id), Tokens.of("editor1")), 404, "not-found");

    String colleague = Tickets.userId("editor1");
    HttpResponse<String> added =
        Api.postJson(
            path(id) + "/watchers", Tokens.of("requester1"), "{\"userId\":\"" + colleague + "\"}");
    assertEquals(200, added.statusCode(), added.body());
    assertEquals(colleague, Api.json(added).get(0).asText());

    assertEquals(200, Api.get(path(id), Tokens.of("editor1")).statusCode());
    JsonNode list = Api.json(Api.get(Tickets.TICKETS + "?limit=100", Tokens.of("editor1")));
    List<Long> listed = new ArrayList<>();
    list.get("items").forEach(item -> listed.add(item.get("id").asLong()));
    assertTrue(listed.contains(id), "a watched ticket is in the watcher's list");
    assertEquals(0, Tickets.comments(id, "editor1").size(), "no internal note for a watcher");
    Tickets.comment(id, "editor1", "{\"body\":\"我也遇到同樣的問題。\"}");
    assertProblem(Tickets.change(id, "editor1", "{\"subject\":\"x\"}"), 403, "forbidden");
    assertProblem(
        Api.postJson(path(id) + "/watchers", Tokens.of("editor1"), "{\"userId\":\"someone\"}"),
        403,
        "forbidden");

    HttpResponse<String> left =
        Api.send(Api.request(path(id) + "/watchers/" + colleague, Tokens.of("editor1")).DELETE());
    assertEquals(200, left.statusCode(), left.body());
    assertProblem(Api.get(path(id), Tokens.of("editor1")), 404, "not-found");
  }

  private static List<Long> ids(JsonNode comments) {
    List<Long> ids = new ArrayList<>();
    comments.forEach(c -> ids.add(c.get("id").asLong()));
    return ids;
  }

  private static List<String> changes(JsonNode history) {
    List<String> changes = new ArrayList<>();
    history.forEach(e -> changes.add(e.get("change").asText()));
    return changes;
  }

  private static String envelopeOf(long ticketId, String type, long commentId) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement query =
            db.prepareStatement(
                "SELECT envelope FROM ticket.outbox WHERE aggregate_id = ? AND event_type = ?"
                    + " ORDER BY seq")) {
      query.setString(1, Long.toString(ticketId));
      query.setString(2, type);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getString(1).contains("\"commentId\":" + commentId)) {
            return rows.getString(1);
          }
        }
      }
    }
    throw new AssertionError("no " + type + " event of comment " + commentId);
  }
}
