package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Personal data rights and retention on the production profile (decision 0026). The person is
 * seeded: data created through the API by requester1 is handed to a subject of its own in the
 * database (Keycloak has no user to spare), so nothing of requester1 is erased.
 */
class PersonalDataRightsIT {

  private static final String ADMIN = "admin1";
  private static final String BUCKET = envOr("TK_S3_BUCKET", "tk-attachments");

  /** A seeded person: their subject, name, tickets, comment, file and knowledge rows. */
  record Person(
      String subject,
      String name,
      long ticket,
      long heldTicket,
      long comment,
      String attachment,
      byte[] bytes,
      String blobKey,
      long watched,
      long article) {}

  // ---- export ----------------------------------------------------------------------------------

  @Test
  void theExportHoldsThePersonsDataAndNothingOfAnotherPerson() throws Exception {
    Person person = seed();
    long othersTicket =
        Tickets.open("requester1", "別人的工單 " + person.name() + "x").get("id").asLong();
    // an audit record about them: a revocation of their (unused) access
    assertEquals(
        201,
        Api.postJson(
                "/api/ticket/admin/revocations",
                Tokens.of(ADMIN),
                "{\"subject\":\"" + person.subject() + "\",\"reason\":\"離職\"}")
            .statusCode());

    Map<String, byte[]> zip = exportOf("/api/ticket/admin/personal-data/" + person.subject());
    JsonNode manifest = Api.JSON.readTree(zip.get("manifest.json"));
    assertEquals("tk-personal-data", manifest.get("format").asText());
    assertEquals("ticket", manifest.get("module").asText());
    assertEquals(person.subject(), manifest.get("subject").asText());
    for (JsonNode file : manifest.get("files")) {
      byte[] content = zip.get(file.get("path").asText());
      assertNotNull(content, "listed but missing: " + file);
      assertEquals(file.get("sha256").asText(), sha256(content), file.toString());
    }

    JsonNode tickets = Api.JSON.readTree(zip.get("tickets.json"));
    assertEquals(2, tickets.size(), tickets.toString());
    assertTrue(ids(tickets).contains(person.ticket()));
    assertFalse(ids(tickets).contains(othersTicket), "another person's ticket leaked");
    JsonNode comments = Api.JSON.readTree(zip.get("comments.json"));
    assertEquals(1, comments.size());
    assertTrue(comments.get(0).get("body").asText().contains(person.name()));
    JsonNode attachments = Api.JSON.readTree(zip.get("attachments.json"));
    assertEquals(2, attachments.size(), "their files on both tickets");
    for (JsonNode attachment : attachments) {
      if (attachment.get("id").asText().equals(person.attachment())) {
        assertArrayEquals(person.bytes(), zip.get(attachment.get("path").asText()));
      }
    }
    assertEquals(
        person.watched(),
        Api.JSON.readTree(zip.get("watches.json")).get(0).get("ticketId").asLong());
    JsonNode audit = Api.JSON.readTree(zip.get("audit.json"));
    assertTrue(audit.toString().contains("ACCESS_REVOKED"), "the revocation about them: " + audit);
    String everything = new String(zip.get("tickets.json"), StandardCharsets.UTF_8);
    assertFalse(everything.contains("別人的工單"));

    // the export itself is audited, with the subject as object
    assertTrue(
        auditCount("ticket", "PERSONAL_DATA_EXPORTED", person.subject()) >= 1, "export audited");

    // Knowledge exposes its part the same way
    Map<String, byte[]> knowledge =
        exportOf("/api/knowledge/admin/personal-data/" + person.subject());
    assertEquals(
        person.article(),
        Api.JSON.readTree(knowledge.get("articles.json")).get(0).get("id").asLong());
    JsonNode feedback = Api.JSON.readTree(knowledge.get("feedback.json"));
    assertEquals(1, feedback.size());
    assertTrue(feedback.get(0).get("comment").asText().contains(person.name()));
  }

  @Test
  void malformedSubjectsAreProblemsNotErrors() {
    String tooLong = "x".repeat(300);
    assertProblem(
        Api.get("/api/ticket/admin/personal-data/" + tooLong, Tokens.of(ADMIN)),
        400,
        "bad-request");
    assertProblem(
        // (a control character such as %09 never reaches the application: Liberty refuses it)
        Api.postJson("/api/ticket/admin/personal-data/%20%20/erasure", Tokens.of(ADMIN), "{}"),
        400,
        "bad-request");
    assertProblem(
        Api.get("/api/knowledge/admin/personal-data/" + tooLong, Tokens.of(ADMIN)),
        400,
        "bad-request");
    assertProblem(
        Api.get("/api/ticket/admin/personal-data/someone", Tokens.of("agent1")), 403, "forbidden");
  }

  // ---- erasure ---------------------------------------------------------------------------------

  @Test
  @Disabled(
      "open defect (issue 13): the search for the erased name never finds the ticket before the erasure when the whole suite runs; to be found and fixed")
  void erasureReplacesTheNameEverywhereButOnHeldTickets() throws Exception {
    Person person = seed();
    String holds = Tickets.path(person.heldTicket()) + "/legal-hold";
    // a hold needs a reason and If-Match
    assertProblem(put(holds, "\"0\"", "{\"held\":true}"), 400, "validation");
    assertProblem(
        put(holds, null, "{\"held\":true,\"reason\":\"訴訟 2026-17\"}"),
        428,
        "precondition-required");
    HttpResponse<String> held = put(holds, "\"0\"", "{\"held\":true,\"reason\":\"訴訟 2026-17\"}");
    assertEquals(200, held.statusCode(), held.body());
    assertTrue(Api.json(held).get("held").asBoolean());
    awaitSearchHit(person.name(), person.ticket(), true);

    HttpResponse<String> erased = erase(person);
    assertEquals(200, erased.statusCode(), erased.body());
    JsonNode report = Api.json(erased);
    String pseudonym = report.get("pseudonym").asText();
    assertTrue(pseudonym.matches("Deleted user #[0-9a-f]{4}"), pseudonym);
    assertEquals(person.heldTicket(), report.get("heldTicketIds").get(0).asLong());

    // the API: name and content gone from the ticket and the comment
    JsonNode ticket = Tickets.read(person.ticket(), ADMIN);
    assertEquals(pseudonym, ticket.get("requester").get("name").asText());
    assertEquals("[erased]", ticket.get("subject").asText());
    assertFalse(ticket.toString().contains(person.name()), ticket.toString());
    JsonNode comment = Tickets.comments(person.ticket(), ADMIN).get(0);
    assertEquals(pseudonym, comment.get("author").get("name").asText());
    assertFalse(Tickets.comments(person.ticket(), ADMIN).toString().contains(person.name()));
    // the file: the row and the object
    assertProblem(
        Api.get(
            Tickets.path(person.ticket()) + "/attachments/" + person.attachment(),
            Tokens.of(ADMIN)),
        404,
        "not-found");
    assertFalse(objectExists(person.blobKey()), "the object store still holds the file");
    // the search: the old name no longer finds the ticket (the held one keeps it)
    awaitSearchHit(person.name(), person.ticket(), false);
    assertTrue(searchIds(person.name()).contains(person.heldTicket()));
    // the held ticket is unchanged
    JsonNode kept = Tickets.read(person.heldTicket(), ADMIN);
    assertEquals(person.name(), kept.get("requester").get("name").asText());
    // Knowledge followed person.erased
    await(
        () ->
            pseudonym.equals(
                value("SELECT author_name FROM knowledge.articles WHERE id = ?", person.article())),
        "the article's author is pseudonymized in Knowledge");
    assertNull(
        value(
            "SELECT comment FROM knowledge.article_feedback WHERE user_id = ?", person.subject()));
    assertFalse(
        Api.get("/api/knowledge/articles/" + person.article(), Tokens.of(ADMIN))
            .body()
            .contains(person.name()));

    // audited, without the name
    assertTrue(auditCount("ticket", "PERSONAL_DATA_ERASED", person.subject()) >= 1);
    await(
        () -> auditCount("knowledge", "PERSONAL_DATA_ERASED", person.subject()) >= 1,
        "Knowledge audits the erasure it followed");
    assertFalse(
        Api.get("/api/ticket/audit?objectId=" + person.subject(), Tokens.of(ADMIN))
            .body()
            .contains(person.name()));

    // idempotent: again, nothing more to change while the hold stands
    JsonNode again = Api.json(erase(person));
    assertEquals(0, again.get("ticketsPseudonymized").asInt());
    assertEquals(0, again.get("commentsErased").asInt());
    assertEquals(0, again.get("attachmentsDeleted").asInt());

    // the hold cleared (with a reason), a re-run erases the rest
    String version = Api.json(Api.get(holds, Tokens.of(ADMIN))).get("version").asText();
    HttpResponse<String> cleared =
        put(holds, "\"" + version + "\"", "{\"held\":false,\"reason\":\"結案\"}");
    assertEquals(200, cleared.statusCode(), cleared.body());
    JsonNode last = Api.json(erase(person));
    assertEquals(0, last.get("heldTicketIds").size());
    assertEquals(
        pseudonym, Tickets.read(person.heldTicket(), ADMIN).get("requester").get("name").asText());
    assertTrue(auditCount("ticket", "LEGAL_HOLD_CHANGED", null) >= 2);
  }

  // ---- retention -------------------------------------------------------------------------------

  @Test
  void retentionDryRunReportsTheRealRunActsAndAHoldWins() throws Exception {
    String rule = "/api/ticket/admin/retention-rules/INCIDENT";
    // bad input first
    assertProblem(
        put("/api/ticket/admin/retention-rules/NOPE", "\"0\"", "{\"anonymizeAfterMonths\":12}"),
        400,
        "bad-request");
    assertProblem(put(rule, "\"0\"", "{\"anonymizeAfterMonths\":-1}"), 400, "validation");
    assertProblem(put(rule, "\"0\"", "{}"), 400, "bad-request");
    HttpResponse<String> current = Api.get(rule, Tokens.of(ADMIN));
    String etag = current.headers().firstValue("ETag").orElseThrow();
    assertProblem(
        put(rule, null, "{\"anonymizeAfterMonths\":12,\"deleteAttachmentsAfterMonths\":1}"),
        428,
        "precondition-required");
    assertProblem(
        put(rule, "\"987654\"", "{\"anonymizeAfterMonths\":12,\"deleteAttachmentsAfterMonths\":1}"),
        412,
        "precondition-failed");
    HttpResponse<String> defined =
        put(rule, etag, "{\"anonymizeAfterMonths\":12,\"deleteAttachmentsAfterMonths\":1}");
    assertEquals(200, defined.statusCode(), defined.body());
    try {
      String marker = Long.toString(System.nanoTime(), 36);
      long old = closedIncident("兩年前的事件 " + marker, Duration.ofDays(800), true);
      long recentWithFile = closedIncident("兩個月前的事件 " + marker, Duration.ofDays(70), true);
      long heldOld = closedIncident("保留中的事件 " + marker, Duration.ofDays(800), true);
      assertEquals(
          200,
          put(Tickets.path(heldOld) + "/legal-hold", "\"0\"", "{\"held\":true,\"reason\":\"稽核調閱\"}")
              .statusCode());

      JsonNode dry = run("?dryRun=true&batchSize=10000");
      assertTrue(dry.get("dryRun").asBoolean());
      assertTrue(ids(dry.get("anonymizedTicketIds")).contains(old), dry.toString());
      assertTrue(ids(dry.get("attachmentTicketIds")).contains(recentWithFile), dry.toString());
      assertFalse(ids(dry.get("anonymizedTicketIds")).contains(recentWithFile));
      assertTrue(ids(dry.get("heldTicketIds")).contains(heldOld), dry.toString());
      assertFalse(ids(dry.get("anonymizedTicketIds")).contains(heldOld));
      assertTrue(
          Tickets.read(old, ADMIN).get("subject").asText().contains(marker),
          "a dry run changes nothing");

      JsonNode bounded = run("?dryRun=true&batchSize=1");
      assertEquals(
          1,
          bounded.get("anonymizedTicketIds").size()
              + bounded.get("attachmentTicketIds").size()
              - overlap(bounded),
          bounded.toString());
      assertTrue(bounded.get("more").asBoolean(), bounded.toString());

      JsonNode real = run("?batchSize=10000");
      assertFalse(real.get("dryRun").asBoolean());
      assertTrue(ids(real.get("anonymizedTicketIds")).contains(old), real.toString());
      JsonNode anonymized = Tickets.read(old, ADMIN);
      assertEquals("[erased]", anonymized.get("subject").asText());
      assertTrue(
          anonymized.get("requester").get("name").asText().startsWith("Deleted user #"),
          anonymized.toString());
      assertEquals(0, attachments(old).size());
      assertEquals(0, attachments(recentWithFile).size(), "files deleted after a month");
      assertTrue(Tickets.read(recentWithFile, ADMIN).get("subject").asText().contains(marker));
      assertTrue(Tickets.read(heldOld, ADMIN).get("subject").asText().contains(marker));
      assertEquals(1, attachments(heldOld).size(), "a held ticket keeps its files");

      JsonNode nothingLeft = run("?dryRun=true&batchSize=10000");
      assertFalse(
          ids(nothingLeft.get("anonymizedTicketIds")).contains(old), "resumes, not repeats");
      assertTrue(auditCount("ticket", "RETENTION_RUN", null) >= 3);
    } finally {
      String now = Api.get(rule, Tokens.of(ADMIN)).headers().firstValue("ETag").orElseThrow();
      assertEquals(
          204,
          Api.send(Api.request(rule, Tokens.of(ADMIN)).header("If-Match", now).DELETE())
              .statusCode());
    }
  }

  // ---- seeding ---------------------------------------------------------------------------------

  /** Data of a person of their own: two tickets (files on both), a comment, a watch, knowledge. */
  static Person seed() throws Exception {
    String marker = Long.toString(System.nanoTime(), 36);
    String subject = "pdpa-" + marker;
    String name = "Pdpa" + marker;
    long ticket =
        Tickets.openWith(
                "requester1",
                "{\"subject\":\"印表機故障 "
                    + name
                    + "\",\"description\":\"我是 "
                    + name
                    + "，電話 0912-345-678\"}")
            .get("id")
            .asLong();
    long heldTicket = Tickets.open("requester1", "筆電遺失 " + name).get("id").asLong();
    long comment = Tickets.comment(ticket, "requester1", "{\"body\":\"" + name + " 的補充說明\"}");
    byte[] bytes = ("pdpa file of " + marker).getBytes(StandardCharsets.UTF_8);
    String attachment =
        Uploads.uploaded(Tickets.path(ticket) + "/attachments", "requester1", "報告.txt", bytes)
            .get("id")
            .asText();
    Uploads.uploaded(
        Tickets.path(heldTicket) + "/attachments", "requester1", "保留.txt", "held".getBytes());
    long watched = Tickets.open("agent1", "別人的工單（被關注）").get("id").asLong();
    JsonNode article =
        KnowledgeArticlesIT.publish(KnowledgeArticlesIT.article("個資測試文章 " + marker, "zh-TW"));
    long articleId = article.get("id").asLong();
    HttpResponse<String> feedback =
        KnowledgeArticlesIT.post(
            "/api/knowledge/articles/" + articleId + "/feedback",
            "requester1",
            null,
            "{\"helpful\":false,\"comment\":\"" + name + " 覺得不清楚\"}");
    assertTrue(feedback.statusCode() < 300, feedback.body());
    String requester = Tickets.userId("requester1");
    String editor = Tickets.userId("editor1");
    try (Connection db = db()) {
      exec(
          db,
          "UPDATE ticket.tickets SET requester_id = ?, requester_name = ? WHERE id IN (?, ?)",
          subject,
          name,
          ticket,
          heldTicket);
      exec(
          db,
          "UPDATE ticket.ticket_comments SET author_id = ?, author_name = ? WHERE id = ?",
          subject,
          name,
          comment);
      exec(
          db,
          "UPDATE ticket.ticket_attachments SET uploader_id = ?, uploader_name = ?"
              + " WHERE ticket_id IN (?, ?)",
          subject,
          name,
          ticket,
          heldTicket);
      exec(
          db,
          "INSERT INTO ticket.ticket_watchers (ticket_id, user_id) VALUES (?, ?)",
          watched,
          subject);
      exec(
          db,
          "UPDATE knowledge.articles SET author_id = ?, author_name = ?, owner_id = ?,"
              + " owner_name = ? WHERE id = ? AND author_id = ?",
          subject,
          name,
          subject,
          name,
          articleId,
          editor);
      exec(
          db,
          "UPDATE knowledge.article_revisions SET author_id = ?, author_name = ?"
              + " WHERE article_id = ?",
          subject,
          name,
          articleId);
      exec(
          db,
          "UPDATE knowledge.article_feedback SET user_id = ?, user_name = ?"
              + " WHERE article_id = ? AND user_id = ?",
          subject,
          name,
          articleId,
          requester);
    }
    // a change through the API publishes the seeded state to the search index
    Tickets.changed(ticket, ADMIN, "{\"description\":\"我是 " + name + "，電話 0912-345-678。\"}");
    Tickets.changed(heldTicket, ADMIN, "{\"description\":\"" + name + " 的筆電\"}");
    String blobKey =
        (String) value("SELECT blob_key FROM ticket.ticket_attachments WHERE id = ?", attachment);
    return new Person(
        subject, name, ticket, heldTicket, comment, attachment, bytes, blobKey, watched, articleId);
  }

  /** A closed incident of requester1, closed {@code age} ago, with a file when asked. */
  private static long closedIncident(String subject, Duration age, boolean withFile)
      throws Exception {
    long id = Tickets.open("requester1", subject).get("id").asLong();
    if (withFile) {
      Uploads.uploaded(Tickets.path(id) + "/attachments", "requester1", "舊.txt", "old".getBytes());
    }
    try (Connection db = db()) {
      exec(
          db,
          "UPDATE ticket.tickets SET status = 'CLOSED', ticket_type = 'INCIDENT',"
              + " closed_at = ?, resolved_at = ? WHERE id = ?",
          java.sql.Timestamp.from(Instant.now().minus(age)),
          java.sql.Timestamp.from(Instant.now().minus(age)),
          id);
    }
    return id;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static HttpResponse<String> erase(Person person) {
    return Api.postJson(
        "/api/ticket/admin/personal-data/" + person.subject() + "/erasure", Tokens.of(ADMIN), "{}");
  }

  private static JsonNode run(String query) {
    HttpResponse<String> response =
        Api.send(
            Api.request("/api/ticket/admin/retention-runs" + query, Tokens.of(ADMIN))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static int overlap(JsonNode report) {
    int both = 0;
    for (Long id : ids(report.get("anonymizedTicketIds"))) {
      if (ids(report.get("attachmentTicketIds")).contains(id)) {
        both++;
      }
    }
    return both;
  }

  private static JsonNode attachments(long ticket) {
    JsonNode list = Api.json(Api.get(Tickets.path(ticket) + "/attachments", Tokens.of(ADMIN)));
    return list.has("items") ? list.get("items") : list;
  }

  private static HttpResponse<String> put(String path, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(path, Tokens.of(ADMIN))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  private static Map<String, byte[]> exportOf(String path) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                Api.request(path, Tokens.of(ADMIN)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private static java.util.List<Long> ids(JsonNode array) {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    array.forEach(item -> ids.add(item.isNumber() ? item.asLong() : item.get("id").asLong()));
    return ids;
  }

  private static java.util.List<Long> searchIds(String text) {
    return ids(
        Api.json(Api.get("/api/ticket/tickets/search?q=" + text + "&limit=100", Tokens.of(ADMIN)))
            .get("items"));
  }

  private static void awaitSearchHit(String text, long ticket, boolean found) {
    await(
        () -> searchIds(text).contains(ticket) == found,
        "search for " + text + " finds " + ticket + ": " + found);
  }

  private static long auditCount(String module, String action, String objectId) {
    String query =
        "?action=" + action + "&limit=500" + (objectId == null ? "" : "&objectId=" + objectId);
    return Api.json(Api.get("/api/" + module + "/audit" + query, Tokens.of(ADMIN)))
        .get("items")
        .size();
  }

  private static void await(BooleanSupplier condition, String what) {
    // as the other event tests: a consumer group may be rebalancing after an earlier test's server
    Instant deadline = Instant.now().plusSeconds(180);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static boolean objectExists(String key) throws Exception {
    MinioClient s3 =
        MinioClient.builder()
            .endpoint(Api.env("TK_S3_ENDPOINT"))
            .region(envOr("TK_S3_REGION", "us-east-1"))
            .credentials(Api.env("TK_S3_ACCESS_KEY"), Api.env("TK_S3_SECRET_KEY"))
            .build();
    for (Result<Item> item :
        s3.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build())) {
      if (item.get().objectName().endsWith(key)) {
        return true;
      }
    }
    return false;
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
  }

  private static void exec(Connection db, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static Object value(String sql, Object parameter) {
    try (Connection db = db();
        PreparedStatement select = db.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getObject(1) : null;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
