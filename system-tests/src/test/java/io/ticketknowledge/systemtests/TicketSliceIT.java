package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The first vertical slice: a ticket opened through the API lands in PostgreSQL and reads back. */
class TicketSliceIT {

  private static final String TICKETS = "/api/ticket/tickets";

  @Test
  void openedTicketIsStoredInPostgresAndReadsBackWithItsEtag() throws Exception {
    String subject = "印表機無法連線 " + UUID.randomUUID();
    HttpResponse<String> created =
        Api.postJson(
            TICKETS,
            Tokens.of("requester1"),
            "{\"subject\":\""
                + subject
                + "\",\"description\":\"三樓的印表機從早上開始無法列印。\","
                + "\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}");

    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonNode ticket = Api.json(created);
    long id = ticket.get("id").asLong();
    assertTrue(location.endsWith(TICKETS + "/" + id), location);
    assertEquals("NEW", ticket.get("status").asText());
    assertEquals("P2", ticket.get("priority").asText(), "HIGH impact × MEDIUM urgency");
    assertTrue(ticket.get("number").asText().matches("TK-\\d{4}-\\d{6,}"), ticket.toString());
    assertEquals(
        "王小明", ticket.at("/requester/name").asText(), "display name from the Keycloak token");

    HttpResponse<String> read = Api.get(TICKETS + "/" + id, Tokens.of("requester1"));
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "private, no-cache",
        read.headers().firstValue("Cache-Control").orElse(""),
        "no shared caching of personal data");
    assertEquals(etag, read.headers().firstValue("ETag").orElseThrow());
    assertEquals(subject, Api.json(read).get("subject").asText());

    HttpResponse<String> unchanged =
        Api.send(
            Api.request(TICKETS + "/" + id, Tokens.of("requester1"))
                .header("If-None-Match", etag)
                .GET());
    assertEquals(304, unchanged.statusCode());

    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement query =
            db.prepareStatement(
                "SELECT subject, requester_name, status, version FROM ticket.tickets WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "ticket " + id + " is in PostgreSQL");
        assertEquals(subject, row.getString("subject"));
        assertEquals("王小明", row.getString("requester_name"));
        assertEquals("NEW", row.getString("status"));
        System.out.printf(
            "PostgreSQL: ticket %d stored in ticket.tickets (%s)%n",
            id, db.getMetaData().getDatabaseProductVersion());
      }
    }
  }

  @Test
  void updatesNeedTheCurrentEtagSoNoChangeIsLost() {
    JsonNode ticket = Tickets.open("requester1", "VPN 斷線");
    String path = TICKETS + "/" + ticket.get("id").asLong();
    String agent = Tokens.of("agent1");

    HttpResponse<String> missing = Tickets.patch(path, agent, null, "{\"priority\":\"URGENT\"}");
    assertProblem(missing, 428, "precondition-required");

    HttpResponse<String> first = Tickets.patch(path, agent, "\"1\"", "{\"priority\":\"URGENT\"}");
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("\"2\"", first.headers().firstValue("ETag").orElseThrow());

    // a second writer still holding version 1 must not overwrite the first change
    HttpResponse<String> stale =
        Tickets.patch(path, Tokens.of("requester1"), "\"1\"", "{\"priority\":\"LOW\"}");
    assertProblem(stale, 412, "precondition-failed");
    assertEquals("P1", Api.json(Api.get(path, agent)).get("priority").asText(), "URGENT is P1");

    HttpResponse<String> blank = Tickets.patch(path, agent, "\"2\"", "{\"subject\":\"   \"}");
    Problems.assertHasFieldError(assertProblem(blank, 400, "validation"), "subject");
  }

  @Test
  void requestersSeeOnlyTheirOwnTicketsAgentsSeeAll() {
    JsonNode ticket = Tickets.open("requester1", "郵件無法寄出");
    String path = TICKETS + "/" + ticket.get("id").asLong();

    assertProblem(Api.get(path, Tokens.of("editor1")), 404, "not-found");
    assertEquals(200, Api.get(path, Tokens.of("agent1")).statusCode());
    assertEquals(200, Api.get(path, Tokens.of("admin1")).statusCode());
    assertProblem(
        Tickets.patch(path, Tokens.of("editor1"), "\"1\"", "{\"priority\":\"LOW\"}"),
        404,
        "not-found");

    Tickets.open("editor1", "編輯者自己的工單");
    JsonNode editorsList = Api.json(Api.get(TICKETS + "?limit=100", Tokens.of("editor1")));
    assertTrue(editorsList.get("items").size() >= 1);
    String editorId = Tickets.userId("editor1");
    for (JsonNode item : editorsList.get("items")) {
      assertNotEquals(ticket.get("id").asLong(), item.get("id").asLong());
      if (!"林美玲".equals(item.at("/requester/name").asText())) {
        // other tests make editor1 a watcher (a merge adds the source's requester): watched
        // tickets are the only others a requester lists
        String watchers =
            Api.get(TICKETS + "/" + item.get("id").asLong() + "/watchers", Tokens.of("editor1"))
                .body();
        assertTrue(
            watchers.contains(editorId), "an editor lists only their own and watched tickets");
      }
    }
  }

  @Test
  void listIsPagedByCursorNewestFirst() {
    String agent = Tokens.of("agent1");
    for (int i = 0; i < 3; i++) {
      Tickets.open("agent1", "分頁測試 " + i);
    }
    JsonNode first = Api.json(Api.get(TICKETS + "?limit=2", agent));
    assertEquals(2, first.get("items").size());
    assertTrue(
        first.get("items").get(0).get("id").asLong()
            > first.get("items").get(1).get("id").asLong());
    String cursor = first.get("nextCursor").asText();
    JsonNode second = Api.json(Api.get(TICKETS + "?limit=2&cursor=" + cursor, agent));
    assertTrue(
        second.get("items").get(0).get("id").asLong()
            < first.get("items").get(1).get("id").asLong());
  }

  @Test
  void aRetriedPostWithTheSameIdempotencyKeyOpensOneTicket() {
    String key = "retry-" + UUID.randomUUID();
    String body = "{\"subject\":\"網路斷線\",\"description\":\"重送測試\"}";
    HttpResponse<String> first = Tickets.postWithKey("requester1", key, body);
    HttpResponse<String> retry = Tickets.postWithKey("requester1", key, body);

    assertEquals(201, first.statusCode(), first.body());
    assertEquals(201, retry.statusCode(), retry.body());
    assertEquals(Api.json(first).get("id"), Api.json(retry).get("id"), "no duplicate ticket");
    assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());

    // keys belong to their user: another user's identical key opens that user's own ticket
    HttpResponse<String> otherUser = Tickets.postWithKey("agent1", key, body);
    assertEquals(201, otherUser.statusCode());
    assertNotEquals(Api.json(first).get("id"), Api.json(otherUser).get("id"));
  }

  @Test
  void anIdempotencyKeyReusedForAnotherRequestIsAConflict() {
    String key = "reuse-" + UUID.randomUUID();
    assertEquals(
        201,
        Tickets.postWithKey("requester1", key, "{\"subject\":\"A\",\"description\":\"a\"}")
            .statusCode());
    HttpResponse<String> reused =
        Tickets.postWithKey("requester1", key, "{\"subject\":\"B\",\"description\":\"b\"}");
    assertProblem(reused, 409, "conflict");
  }

  @Test
  void malformedIdempotencyKeysAreRefused() {
    String body = "{\"subject\":\"A\",\"description\":\"a\"}";
    assertProblem(Tickets.postWithKey("requester1", "has space", body), 400, "bad-request");
    assertProblem(Tickets.postWithKey("requester1", "k".repeat(256), body), 400, "bad-request");
  }
}
