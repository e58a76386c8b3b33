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
 * The ticket lifecycle on the production profile: fields and who may set them, the workflow table
 * enforced on the server, assignment and queues, the history of every change and the events of each
 * kind of change.
 */
class TicketLifecycleIT {

  @Test
  void requestersStateImpactAndUrgencyAndOnlyAgentsSetThePriority() {
    long category = Tickets.category(null, "網路", "Network " + System.nanoTime());
    JsonNode ticket =
        Tickets.openWith(
            "requester1",
            "{\"subject\":\"VPN 無法連線\",\"description\":\"在家無法連到公司網路\","
                + "\"type\":\"SERVICE_REQUEST\",\"categoryId\":"
                + category
                + ",\"impact\":\"LOW\",\"urgency\":\"HIGH\",\"department\":\"財務部\"}");
    assertTrue(ticket.get("number").asText().matches("TK-\\d{4}-\\d{6,}"), ticket.toString());
    assertEquals("SERVICE_REQUEST", ticket.get("type").asText());
    assertEquals(category, ticket.get("categoryId").asLong());
    assertEquals("P3", ticket.get("priority").asText(), "LOW impact × HIGH urgency");
    assertEquals("財務部", ticket.get("department").asText());
    long id = ticket.get("id").asLong();

    JsonNode reserved =
        assertProblem(
            Api.postJson(
                Tickets.TICKETS,
                Tokens.of("requester1"),
                "{\"subject\":\"s\",\"description\":\"d\",\"priority\":\"P1\"}"),
            403,
            "forbidden");
    assertTrue(reserved.get("detail").asText().contains("priority"), reserved.toString());
    assertProblem(Tickets.change(id, "requester1", "{\"priority\":\"P1\"}"), 403, "forbidden");
    assertProblem(Tickets.change(id, "requester1", "{\"groupId\":1}"), 403, "forbidden");
    assertProblem(
        Tickets.change(id, "requester1", "{\"assigneeId\":\"someone\"}"), 403, "forbidden");

    JsonNode reassessed = changed(id, "requester1", "{\"impact\":\"HIGH\"}");
    assertEquals("P1", reassessed.get("priority").asText(), "HIGH × HIGH");
    JsonNode overridden = changed(id, "agent1", "{\"priority\":\"P4\"}");
    assertEquals("P4", overridden.get("priority").asText());
    assertTrue(overridden.get("priorityOverridden").asBoolean());
    assertProblem(Tickets.change(id, "agent1", "{\"categoryId\":999999999}"), 400, "bad-request");
  }

  @Test
  void unknownPropertiesWildcardEtagsAndStaleVersionsAreRefused() {
    JsonNode unknown =
        assertProblem(
            Api.postJson(
                Tickets.TICKETS,
                Tokens.of("requester1"),
                "{\"subject\":\"s\",\"description\":\"d\",\"priorty\":\"P1\"}"),
            400,
            "bad-request");
    assertTrue(unknown.get("detail").asText().contains("priorty"), unknown.toString());
    long id = Tickets.open("requester1", "未知欄位").get("id").asLong();
    JsonNode unknownOnPatch =
        assertProblem(
            Tickets.patch(path(id), Tokens.of("agent1"), "\"1\"", "{\"assignee\":\"x\"}"),
            400,
            "bad-request");
    assertTrue(unknownOnPatch.get("detail").asText().contains("assignee"));
    JsonNode nested =
        assertProblem(
            Api.postJson(
                Tickets.GROUPS,
                Tokens.of("admin1"),
                "{\"name\":\"g\",\"members\":[{\"userId\":\"u\",\"name\":\"n\",\"role\":\"x\"}]}"),
            400,
            "bad-request");
    assertTrue(nested.get("detail").asText().contains("members[0].role"), nested.toString());

    assertProblem(
        Tickets.patch(path(id), Tokens.of("agent1"), "*", "{\"subject\":\"x\"}"),
        428,
        "precondition-required");
    assertEquals("未知欄位", Tickets.read(id, "agent1").get("subject").asText());
  }

  @Test
  void aTicketWalksTheWorkflowAndEveryStepIsInTheHistoryAndTheOutbox() throws Exception {
    long id = Tickets.open("requester1", "筆電無法開機").get("id").asLong();

    // requesters cannot take up their own ticket; the refusal names the allowed moves
    assertProblem(Tickets.change(id, "requester1", "{\"status\":\"OPEN\"}"), 409, "conflict");
    assertEquals("OPEN", changed(id, "agent1", "{\"status\":\"OPEN\"}").get("status").asText());
    assertProblem(Tickets.change(id, "agent1", "{\"status\":\"PENDING\"}"), 400, "bad-request");
    JsonNode pending =
        changed(
            id, "agent1", "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}");
    assertEquals("WAITING_ON_REQUESTER", pending.get("pendingReason").asText());
    assertEquals("OPEN", changed(id, "requester1", "{\"status\":\"OPEN\"}").get("status").asText());
    assertProblem(Tickets.change(id, "agent1", "{\"status\":\"RESOLVED\"}"), 400, "bad-request");
    JsonNode resolved =
        changed(id, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"已更換電池，可正常開機。\"}");
    assertEquals("已更換電池，可正常開機。", resolved.get("resolution").asText());
    assertFalse(Tickets.absent(resolved, "resolvedAt"));
    // the fix did not hold: the requester reopens, the agent resolves again
    assertEquals("OPEN", changed(id, "requester1", "{\"status\":\"OPEN\"}").get("status").asText());
    assertTrue(Tickets.absent(Tickets.read(id, "requester1"), "resolvedAt"));
    changed(id, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"更換主機板。\"}");

    // resolved long enough ago: the auto-close job closes it as the system
    backdateResolution(id, 8);
    assertProblem(
        Tickets.post(Tickets.TICKETS + "/auto-close", Tokens.of("agent1"), null, null),
        403,
        "forbidden");
    HttpResponse<String> run =
        Tickets.post(Tickets.TICKETS + "/auto-close", Tokens.of("admin1"), null, null);
    assertEquals(200, run.statusCode(), run.body());
    assertTrue(Api.json(run).get("closed").asInt() >= 1, run.body());
    JsonNode closed = Tickets.read(id, "requester1");
    assertEquals("CLOSED", closed.get("status").asText());
    assertFalse(Tickets.absent(closed, "closedAt"));

    assertProblem(Tickets.change(id, "agent1", "{\"subject\":\"x\"}"), 409, "conflict");
    assertProblem(Tickets.change(id, "requester1", "{\"status\":\"OPEN\"}"), 409, "conflict");
    assertEquals("OPEN", changed(id, "agent1", "{\"status\":\"OPEN\"}").get("status").asText());

    List<String> statuses = new ArrayList<>();
    JsonNode history = Tickets.history(id, "requester1");
    for (JsonNode entry : history) {
      if (entry.get("change").asText().equals("status")) {
        statuses.add(entry.path("before").asText() + ">" + entry.path("after").asText());
      }
    }
    assertEquals(
        List.of(
            "NEW>OPEN",
            "OPEN>PENDING",
            "PENDING>OPEN",
            "OPEN>RESOLVED",
            "RESOLVED>OPEN",
            "OPEN>RESOLVED",
            "RESOLVED>CLOSED",
            "CLOSED>OPEN"),
        statuses);
    JsonNode autoClose = null;
    for (JsonNode entry : history) {
      if ("CLOSED".equals(entry.path("after").asText())) {
        autoClose = entry;
      }
    }
    assertEquals("system", autoClose.at("/actor/id").asText());

    assertEquals(
        List.of(
            "ticket.opened",
            "ticket.status-changed",
            "ticket.status-changed",
            "ticket.status-changed",
            "ticket.resolved",
            "ticket.reopened",
            "ticket.resolved",
            "ticket.closed",
            "ticket.reopened"),
        outboxTypes(id));
  }

  @Test
  void agentsTagTicketsAndFindTheTagsAgain() {
    long id = Tickets.open("requester1", "標籤測試").get("id").asLong();
    String tag = "vpn-" + id;
    assertProblem(
        Tickets.change(id, "requester1", "{\"tags\":[\"" + tag + "\"]}"), 403, "forbidden");
    JsonNode tagged = changed(id, "agent1", "{\"tags\":[\"" + tag.toUpperCase() + "\",\"新進同仁\"]}");
    assertEquals(
        List.of(tag, "新進同仁"),
        List.of(tagged.at("/tags/0").asText(), tagged.at("/tags/1").asText()));
    assertProblem(Tickets.change(id, "agent1", "{\"tags\":[\"no spaces\"]}"), 400, "bad-request");
    HttpResponse<String> suggestions =
        Api.get("/api/ticket/tags?prefix=VPN-" + id, Tokens.of("agent1"));
    assertEquals(200, suggestions.statusCode(), suggestions.body());
    assertEquals(tag, Api.json(suggestions).at("/0/tag").asText(), suggestions.body());
    assertProblem(Api.get("/api/ticket/tags", Tokens.of("requester1")), 403, "forbidden");
  }

  @Test
  void anAgentsEditOfTheDescriptionIsInTheHistoryWithBeforeAndAfter() {
    long id = Tickets.open("requester1", "描述修改").get("id").asLong();
    changed(id, "agent1", "{\"description\":\"已由客服整理的描述\"}");
    JsonNode entry = null;
    for (JsonNode e : Tickets.history(id, "requester1")) {
      if (e.get("change").asText().equals("description")) {
        entry = e;
      }
    }
    assertEquals("測試用工單", entry.path("before").asText());
    assertEquals("已由客服整理的描述", entry.path("after").asText());
    assertEquals(Tickets.userId("agent1"), entry.at("/actor/id").asText());
  }

  @Test
  void groupsDecideWhichAgentsSeeATicketAndQueuesListTheWork() throws Exception {
    long mine = Tickets.group("服務台", "agent1");
    long others = Tickets.group("網路組");
    long id = Tickets.open("requester1", "群組可見性").get("id").asLong();

    // in no group yet: every agent sees it (triage)
    assertEquals(200, Api.get(path(id), Tokens.of("agent1")).statusCode());
    changed(id, "admin1", "{\"groupId\":" + others + "}");
    assertProblem(Api.get(path(id), Tokens.of("agent1")), 404, "not-found");
    assertProblem(Api.get(path(id) + "/history", Tokens.of("agent1")), 404, "not-found");
    assertFalse(listIds("agent1", "").contains(id), "not in an outsider's list");
    assertEquals(200, Api.get(path(id), Tokens.of("requester1")).statusCode());

    JsonNode moved = changed(id, "admin1", "{\"groupId\":" + mine + "}");
    assertEquals(mine, moved.get("groupId").asLong());
    assertTrue(listIds("agent1", "queue=my-groups").contains(id));
    assertTrue(listIds("agent1", "queue=unassigned").contains(id));

    HttpResponse<String> read = Api.get(path(id), Tokens.of("agent1"));
    HttpResponse<String> taken =
        Tickets.post(path(id) + "/take", Tokens.of("agent1"), Tickets.etag(read), null);
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(Tickets.userId("agent1"), Api.json(taken).at("/assignee/id").asText());
    assertTrue(listIds("agent1", "queue=mine").contains(id));
    assertFalse(listIds("agent1", "queue=unassigned").contains(id));
    assertProblem(
        Tickets.post(path(id) + "/take", Tokens.of("requester1"), Tickets.etag(taken), null),
        403,
        "forbidden");

    HttpResponse<String> released =
        Tickets.post(path(id) + "/release", Tokens.of("agent1"), Tickets.etag(taken), null);
    assertEquals(200, released.statusCode(), released.body());
    assertTrue(Tickets.absent(Api.json(released), "assignee"));
    assertFalse(listIds("agent1", "queue=mine").contains(id));
    assertProblem(
        Api.get(Tickets.TICKETS + "?queue=everything", Tokens.of("agent1")), 400, "bad-request");

    // assigning to someone outside the group is refused; the group's member is accepted
    assertProblem(
        Tickets.change(id, "admin1", "{\"assigneeId\":\"not-a-member\"}"), 400, "bad-request");
    JsonNode assigned =
        changed(id, "admin1", "{\"assigneeId\":\"" + Tickets.userId("agent1") + "\"}");
    assertEquals("agent1", assigned.at("/assignee/name").asText());
    assertTrue(outboxTypes(id).contains("ticket.assigned"));
    List<String> changes = new ArrayList<>();
    Tickets.history(id, "requester1").forEach(e -> changes.add(e.get("change").asText()));
    assertTrue(changes.containsAll(List.of("opened", "group", "assignee")), changes.toString());
  }

  @Test
  void adminsMaintainGroupsAndCategoriesOthersMayNot() {
    assertProblem(
        Api.postJson(Tickets.GROUPS, Tokens.of("agent1"), "{\"name\":\"x\"}"), 403, "forbidden");
    assertProblem(Api.get(Tickets.GROUPS, Tokens.of("requester1")), 403, "forbidden");
    long group = Tickets.group("桌面支援", "agent1");
    HttpResponse<String> read = Api.get(Tickets.GROUPS + "/" + group, Tokens.of("agent1"));
    assertEquals(200, read.statusCode(), read.body());
    HttpResponse<String> renamed =
        Tickets.patch(
            Tickets.GROUPS + "/" + group,
            Tokens.of("admin1"),
            Tickets.etag(read),
            "{\"members\":[]}");
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals(0, Api.json(renamed).get("members").size());
    assertProblem(
        Tickets.patch(
            Tickets.GROUPS + "/" + group,
            Tokens.of("admin1"),
            Tickets.etag(read),
            "{\"name\":\"y\"}"),
        412,
        "precondition-failed");

    long hardware = Tickets.category(null, "硬體", "Hardware " + System.nanoTime());
    long printers = Tickets.category(hardware, "印表機", "Printers");
    JsonNode list = Api.json(Api.get(Tickets.CATEGORIES, Tokens.of("requester1")));
    boolean found = false;
    for (JsonNode category : list) {
      if (category.get("id").asLong() == printers) {
        assertEquals(hardware, category.get("parentId").asLong());
        assertEquals("印表機", category.get("nameZhTw").asText());
        found = true;
      }
    }
    assertTrue(found, list.toString());
    assertProblem(
        Api.postJson(
            Tickets.CATEGORIES, Tokens.of("agent1"), "{\"nameZhTw\":\"a\",\"nameEn\":\"a\"}"),
        403,
        "forbidden");
    HttpResponse<String> cycle =
        Tickets.patch(
            Tickets.CATEGORIES + "/" + hardware,
            Tokens.of("admin1"),
            "\"1\"",
            "{\"parentId\":" + printers + "}");
    assertProblem(cycle, 400, "bad-request");
  }

  private static List<Long> listIds(String user, String query) {
    HttpResponse<String> list =
        Api.get(
            Tickets.TICKETS + "?limit=100" + (query.isEmpty() ? "" : "&" + query), Tokens.of(user));
    assertEquals(200, list.statusCode(), list.body());
    List<Long> ids = new ArrayList<>();
    Api.json(list).get("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }

  private static void backdateResolution(long id, int days) throws Exception {
    try (Connection db = db();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE ticket.tickets SET resolved_at = resolved_at - make_interval(days => ?)"
                    + " WHERE id = ?")) {
      update.setInt(1, days);
      update.setLong(2, id);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static List<String> outboxTypes(long id) throws Exception {
    List<String> types = new ArrayList<>();
    try (Connection db = db();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_type FROM ticket.outbox WHERE aggregate_id = ? ORDER BY seq")) {
      query.setString(1, Long.toString(id));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          types.add(rows.getString(1));
        }
      }
    }
    return types;
  }
}
