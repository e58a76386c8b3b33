package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on the production profile (decision 0015): admin actions and refusals are
 * recorded and searchable, exported as CSV without formulas, the chain verifies; a record changed
 * directly in PostgreSQL (as the superuser, who bypasses every grant) is reported as the first
 * broken link; the application's role cannot change or remove records at all.
 */
class AuditTrailIT {

  private static final String ADMIN = "admin1";

  @Test
  void anAdminActionIsRecordedAndSearchable() {
    long group = Tickets.group("稽核-" + System.nanoTime(), "agent1");
    JsonNode page =
        Api.json(
            ok(
                Api.get(
                    "/api/ticket/audit?action=GROUP_CHANGED&objectType=group&objectId=" + group,
                    Tokens.of(ADMIN))));
    assertEquals(1, page.get("items").size(), page.toString());
    JsonNode record = page.get("items").get(0);
    assertEquals(Tickets.userId(ADMIN), record.get("subject").asText());
    assertTrue(record.get("roles").toString().contains("admin"), record.toString());
    assertEquals("SUCCESS", record.get("outcome").asText());
    assertFalse(record.get("requestId").asText().isBlank());
    assertFalse(record.get("clientAddress").asText().isBlank());
    assertTrue(record.get("changes").toString().contains("agent1"), record.toString());
    assertEquals(64, record.get("hash").asText().length());
  }

  @Test
  void refusalsAreRecordedAndExportedWithoutFormulas() {
    String agent = "=HYPERLINK(\"http://evil.example\",\"x\")";
    HttpResponse<String> refused =
        Api.send(
            Api.request("/api/ticket/groups", Tokens.of("requester1"))
                .header("User-Agent", agent)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(403, refused.statusCode());
    String subject = Tickets.userId("requester1");
    JsonNode page =
        Api.json(
            ok(
                Api.get(
                    "/api/ticket/audit?outcome=FORBIDDEN&action=ACCESS_REFUSED&subject="
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                        + "&limit=5",
                    Tokens.of(ADMIN))));
    JsonNode latest = page.get("items").get(0);
    assertEquals("POST /groups", latest.get("objectId").asText(), latest.toString());
    assertEquals(agent, latest.get("userAgent").asText());

    HttpResponse<String> csv =
        ok(
            Api.get(
                "/api/ticket/audit/export?outcome=FORBIDDEN&limit=20&subject="
                    + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                Tokens.of(ADMIN)));
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("seq,at,subject,"), csv.body());
    assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\""), csv.body());
    assertFalse(csv.body().contains(",\"=HYPERLINK"), csv.body());
  }

  @Test
  void anAgentAskingForATicketOutsideTheirGroupsIsRecordedAsHidden() {
    long otherGroup = Tickets.group("稽核-他組-" + System.nanoTime());
    long ticket = Tickets.open("requester1", "稽核：群組外的工單").get("id").asLong();
    Tickets.changed(ticket, ADMIN, "{\"groupId\":" + otherGroup + "}");
    assertEquals(404, Api.get("/api/ticket/tickets/" + ticket, Tokens.of("agent1")).statusCode());
    JsonNode page =
        Api.json(
            ok(
                Api.get(
                    "/api/ticket/audit?outcome=HIDDEN&objectType=ticket&objectId=" + ticket,
                    Tokens.of(ADMIN))));
    assertEquals(1, page.get("items").size(), page.toString());
    assertEquals(Tickets.userId("agent1"), page.get("items").get(0).get("subject").asText());
    // a ticket that does not exist is an ordinary 404, not a refusal
    assertEquals(404, Api.get("/api/ticket/tickets/999999999", Tokens.of("agent1")).statusCode());
    assertEquals(
        0,
        Api.json(
                ok(
                    Api.get(
                        "/api/ticket/audit?outcome=HIDDEN&objectId=999999999", Tokens.of(ADMIN))))
            .get("items")
            .size());
  }

  @Test
  void searchIsForAdminsAndRefusesBadFilters() {
    assertEquals(403, Api.get("/api/ticket/audit", Tokens.of("agent1")).statusCode());
    assertEquals(403, Api.get("/api/knowledge/audit/verify", Tokens.of("editor1")).statusCode());
    assertEquals(401, Api.send(Api.request("/api/ticket/audit").GET()).statusCode());
    Problems.assertProblem(
        Api.get("/api/ticket/audit?action=NOPE", Tokens.of(ADMIN)), 400, "bad-request");
    Problems.assertProblem(
        Api.get("/api/ticket/audit?limit=0", Tokens.of(ADMIN)), 400, "bad-request");
    Problems.assertProblem(
        Api.get("/api/ticket/audit?from=yesterday", Tokens.of(ADMIN)), 400, "bad-request");
    Problems.assertProblem(
        Api.get("/api/ticket/audit?cursor=-3", Tokens.of(ADMIN)), 400, "bad-request");
  }

  @Test
  void cursorPagesDoNotOverlap() {
    for (int i = 0; i < 3; i++) {
      Tickets.group("稽核頁-" + i + "-" + System.nanoTime());
    }
    JsonNode first =
        Api.json(ok(Api.get("/api/ticket/audit?action=GROUP_CHANGED&limit=2", Tokens.of(ADMIN))));
    String cursor = first.get("nextCursor").asText();
    JsonNode second =
        Api.json(
            ok(
                Api.get(
                    "/api/ticket/audit?action=GROUP_CHANGED&limit=2&cursor=" + cursor,
                    Tokens.of(ADMIN))));
    long lastOfFirst = first.get("items").get(1).get("seq").asLong();
    long firstOfSecond = second.get("items").get(0).get("seq").asLong();
    assertTrue(firstOfSecond < lastOfFirst, first + " / " + second);
  }

  @Test
  void tamperingInTheDatabaseIsReportedAsTheFirstBrokenLink() throws Exception {
    long group = Tickets.group("竄改-" + System.nanoTime());
    for (String module : new String[] {"ticket", "knowledge"}) {
      JsonNode report = Api.json(ok(Api.get("/api/" + module + "/audit/verify", Tokens.of(ADMIN))));
      assertTrue(report.get("intact").asBoolean(), module + ": " + report);
    }
    long seq =
        Api.json(
                ok(
                    Api.get(
                        "/api/ticket/audit?action=GROUP_CHANGED&objectId=" + group,
                        Tokens.of(ADMIN))))
            .get("items")
            .get(0)
            .get("seq")
            .asLong();

    String original;
    try (Connection superuser = superuser()) {
      original = subject(superuser, seq);
      update(superuser, seq, "someone-innocent");
      JsonNode broken = Api.json(ok(Api.get("/api/ticket/audit/verify", Tokens.of(ADMIN))));
      assertFalse(broken.get("intact").asBoolean(), broken.toString());
      assertEquals(seq, broken.get("brokenAt").asLong(), broken.toString());
      assertTrue(broken.get("problem").asText().contains("altered"), broken.toString());
      System.out.printf("audit: tampered record %d reported: %s%n", seq, broken.get("problem"));
    } finally {
      try (Connection superuser = superuser()) {
        update(superuser, seq, Tickets.userId(ADMIN));
      }
    }
    JsonNode repaired = Api.json(ok(Api.get("/api/ticket/audit/verify", Tokens.of(ADMIN))));
    assertTrue(repaired.get("intact").asBoolean(), repaired.toString());
    assertEquals(Tickets.userId(ADMIN), original);
  }

  @Test
  void concurrentRefusalsMakeOneUnbrokenChain() throws Exception {
    long before =
        Api.json(ok(Api.get("/api/ticket/audit/verify", Tokens.of(ADMIN)))).get("records").asLong();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 24; i++) {
        calls.add(
            pool.submit(
                () -> Api.get("/api/ticket/search/reindex", Tokens.of("agent1")).statusCode()));
      }
      for (java.util.concurrent.Future<Integer> call : calls) {
        assertEquals(403, call.get());
      }
    } finally {
      pool.shutdown();
    }
    JsonNode report = Api.json(ok(Api.get("/api/ticket/audit/verify", Tokens.of(ADMIN))));
    assertTrue(report.get("intact").asBoolean(), report.toString());
    // 24 refusals, the first verification, maybe other tests' records: never fewer
    assertTrue(report.get("records").asLong() >= before + 25, before + " -> " + report);
    assertTrue(report.get("checkpoints").asLong() >= 5, "a checkpoint every 5 records: " + report);
    assertTrue(report.get("signed").asBoolean(), report.toString());
  }

  @Test
  void theApplicationRoleCannotChangeOrRemoveRecords() throws Exception {
    Tickets.group("只增-" + System.nanoTime());
    try (Connection app =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        Statement statement = app.createStatement()) {
      for (String sql :
          new String[] {
            "UPDATE ticket.audit_record SET detail = 'x'",
            "DELETE FROM ticket.audit_record",
            "TRUNCATE ticket.audit_record",
            "UPDATE knowledge.audit_record SET detail = 'x'",
            "DELETE FROM knowledge.audit_checkpoint"
          }) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
      }
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
    return response;
  }

  /** PostgreSQL's superuser on 127.0.0.1 (trust authentication on the test machine). */
  private static Connection superuser() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    return DriverManager.getConnection(Api.env("TK_DB_URL"), properties);
  }

  private static String subject(Connection db, long seq) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT subject FROM ticket.audit_record WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    }
  }

  private static void update(Connection db, long seq, String subject) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE ticket.audit_record SET subject = ? WHERE seq = ?")) {
      update.setString(1, subject);
      update.setLong(2, seq);
      assertEquals(1, update.executeUpdate());
    }
  }
}
