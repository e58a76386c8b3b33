package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports on known data of two fresh groups (production profile): what each report counts, who
 * may see which group's reports, bad input as localized 400s, and the exports (CSV with BOM and
 * neutralised formulas, XLSX that parses), audited.
 */
class ReportsIT {

  private static final String REPORTS = "/api/ticket/reports/";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Taipei")).toString();

  private static long group;
  private static long otherGroup;
  private static long category;
  private static long answered;
  private static long formula;

  @BeforeAll
  static void knownData() {
    group = Tickets.group("報表組", "agent1");
    otherGroup = Tickets.group("報表外組");
    category = Tickets.category(null, "報表類別", "Reports " + System.nanoTime());
    String classify = "{\"groupId\":" + group + ",\"categoryId\":" + category + "}";
    // answered then resolved; resolved without an answer; still open, taken by agent1
    answered = Tickets.open("requester1", "報表：已回覆已解決").get("id").asLong();
    Tickets.changed(answered, "admin1", classify);
    Tickets.comment(answered, "agent1", "{\"body\":\"我們看一下。\"}");
    Tickets.changed(answered, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"已處理。\"}");
    long silent = Tickets.open("requester1", "報表：未回覆已解決").get("id").asLong();
    Tickets.changed(silent, "admin1", classify);
    Tickets.changed(silent, "agent1", "{\"status\":\"RESOLVED\",\"resolution\":\"自行排除。\"}");
    formula =
        Tickets.open("requester1", "=HYPERLINK(\\\"http://evil.example\\\")").get("id").asLong();
    Tickets.changed(
        formula,
        "admin1",
        "{\"groupId\":"
            + group
            + ",\"categoryId\":"
            + category
            + ",\"assigneeId\":\""
            + Tickets.userId("agent1")
            + "\"}");
    long elsewhere = Tickets.open("requester1", "報表：別組").get("id").asLong();
    Tickets.changed(elsewhere, "admin1", "{\"groupId\":" + otherGroup + "}");
    HttpResponse<String> rollup =
        Api.send(
            Api.request(REPORTS + "rollups", Tokens.of("admin1"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, rollup.statusCode(), rollup.body());
  }

  @Test
  void backlogCountsTheGroupsOpenTickets() {
    JsonNode rows = rows("backlog", "agent1", "group=" + group);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(group, rows.get(0).get("groupId").asLong());
    assertEquals(1, rows.get(0).get("tickets").asLong());
    assertTrue(rows.get(0).get("groupName").asText().startsWith("報表組"));
  }

  @Test
  void createdAndResolvedPerDayInTheZone() {
    JsonNode rows =
        rows(
            "created-resolved",
            "admin1",
            "group=" + group + "&zone=Asia/Taipei&from=" + TODAY + "&to=" + TODAY);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(TODAY, rows.get(0).get("day").asText());
    assertEquals(3, rows.get(0).get("created").asLong());
    assertEquals(2, rows.get(0).get("resolved").asLong());
  }

  @Test
  void responseTimesOfTheResolvedTickets() {
    JsonNode all = last(rows("response-times", "agent1", "group=" + group + "&zone=Asia/Taipei"));
    assertEquals("ALL", all.get("priority").asText());
    assertEquals(2, all.get("resolved").asLong());
    assertEquals(1, all.get("answered").asLong());
    assertTrue(all.get("firstResponseMedianSeconds").asLong() >= 0, all.toString());
    assertTrue(
        all.get("resolutionP90Seconds").asLong() >= all.get("resolutionMedianSeconds").asLong(),
        all.toString());
  }

  @Test
  void slaComplianceCountsEveryResolvedTicket() {
    JsonNode all = last(rows("sla-compliance", "agent1", "group=" + group));
    assertEquals(2, all.get("resolved").asLong());
    long judged = all.get("resolutionMet").asLong() + all.get("resolutionBreached").asLong();
    assertTrue(judged <= 2, all.toString());
    assertEquals(judged == 0, all.get("resolutionCompliancePercent").isNull(), all.toString());
  }

  @Test
  void topCategoriesAndAgentWorkload() {
    JsonNode categories = rows("top-categories", "agent1", "group=" + group);
    assertEquals(category, categories.get(0).get("categoryId").asLong());
    assertEquals(3, categories.get(0).get("tickets").asLong());
    JsonNode agents = rows("agent-workload", "admin1", "group=" + group);
    JsonNode agent1 = null;
    for (JsonNode row : agents) {
      if (row.get("assigneeId").asText().equals(Tickets.userId("agent1"))) {
        agent1 = row;
      }
    }
    assertTrue(agent1 != null, agents.toString());
    assertEquals(1, agent1.get("open").asLong() + agent1.get("pending").asLong());
  }

  @Test
  void agentsSeeTheirGroupsOnlyAdminsAll() {
    JsonNode refused =
        assertProblem(get("backlog?group=" + otherGroup, "agent1", "zh-TW"), 403, "forbidden");
    assertTrue(
        refused.get("detail").asText().contains(Long.toString(otherGroup)), refused.toString());
    assertTrue(refused.get("detail").asText().contains("群組"), refused.toString());
    assertProblem(
        get("backlog?group=" + group + "," + otherGroup, "agent1", "en"), 403, "forbidden");
    assertProblem(get("backlog/export?group=" + otherGroup, "agent1", "en"), 403, "forbidden");
    assertProblem(get("backlog", "requester1", "en"), 403, "forbidden");
    // an agent who names no group gets their own groups, never the other's ticket
    JsonNode mine = body(get("backlog", "agent1", "en"));
    assertFalse(containsId(mine.get("groups"), otherGroup), mine.toString());
    assertTrue(containsId(mine.get("groups"), group), mine.toString());
    JsonNode admins = body(get("backlog?group=" + otherGroup, "admin1", "en"));
    assertEquals(1, admins.get("rows").get(0).get("tickets").asLong());
  }

  @Test
  void badInputIsALocalized400() {
    for (String query :
        List.of(
            "from=2026-13-01",
            "to=yesterday",
            "zone=Mars/Olympus",
            "from=2026-03-02&to=2026-03-01",
            "from=2024-01-01&to=2026-01-01",
            "group=none",
            "grup=1",
            "from=a&from=b")) {
      JsonNode problem =
          assertProblem(get("backlog?" + query, "admin1", "zh-TW"), 400, "bad-request");
      assertTrue(problem.get("detail").asText().contains("報表"), query + ": " + problem);
    }
    assertProblem(get("backlog/export?format=pdf", "admin1", "en"), 400, "bad-request");
    assertProblem(get("no-such-report", "admin1", "en"), 404, "not-found");
    assertProblem(
        Api.get("/api/ticket/tickets/export?format=ods", Tokens.of("admin1")), 400, "bad-request");
    assertProblem(
        Api.get("/api/ticket/tickets/export?status=LOST", Tokens.of("admin1")), 400, "bad-request");
  }

  @Test
  void reportExportsAsCsvAndXlsxAreAudited() throws Exception {
    HttpResponse<byte[]> csv = bytes(REPORTS + "top-categories/export?group=" + group, "agent1");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    byte[] body = csv.body();
    assertEquals(0xEF, body[0] & 0xFF);
    assertEquals(0xBB, body[1] & 0xFF);
    assertEquals(0xBF, body[2] & 0xFF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("\"categoryId\",\"categoryNameZhTw\",\"categoryNameEn\",\"tickets\"\r\n"),
        text);
    assertTrue(text.contains(category + ",\"報表類別\""), text);

    HttpResponse<byte[]> xlsx =
        bytes(
            REPORTS + "created-resolved/export?format=xlsx&zone=Asia/Taipei&group=" + group,
            "agent1");
    assertEquals(200, xlsx.statusCode());
    List<String> parts = xlsxParts(xlsx.body());
    assertTrue(parts.contains("xl/worksheets/sheet1.xml"), parts.toString());

    JsonNode audit =
        body(
            Api.get(
                "/api/ticket/audit?action=DATA_EXPORTED&objectType=report&limit=50",
                Tokens.of("admin1")));
    assertTrue(audit.toString().contains("top-categories"), audit.toString());
    assertTrue(audit.toString().contains("created-resolved"), audit.toString());
  }

  @Test
  void ticketListExportKeepsFormulasAsTextAndTheCallersVisibility() throws Exception {
    String csv = csv("/api/ticket/tickets/export?group=" + group + "&sort=createdAt", "admin1");
    String[] lines = csv.split("\r\n");
    assertEquals(4, lines.length, csv);
    assertTrue(lines[0].startsWith("\"number\",\"subject\",\"status\""), lines[0]);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), csv);
    // agent1 is not in the other group: its tickets stay out of agent1's export
    String foreign = csv("/api/ticket/tickets/export?group=" + otherGroup, "agent1");
    assertEquals(1, foreign.split("\r\n").length, foreign);

    HttpResponse<byte[]> xlsx =
        bytes("/api/ticket/tickets/export?format=xlsx&group=" + group, "admin1");
    assertEquals(200, xlsx.statusCode());
    byte[] sheet = xlsxPart(xlsx.body(), "xl/worksheets/sheet1.xml");
    var document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(sheet));
    assertEquals(4, document.getElementsByTagName("row").getLength());
    assertEquals(0, document.getElementsByTagName("f").getLength());
    assertTrue(new String(sheet, StandardCharsets.UTF_8).contains("s=\"1\""), "quote-prefixed");

    JsonNode audit =
        body(
            Api.get(
                "/api/ticket/audit?action=DATA_EXPORTED&objectType=tickets&limit=50",
                Tokens.of("admin1")));
    assertTrue(audit.toString().contains("group=" + group), audit.toString());
  }

  @Test
  void knowledgeDeflectionCountsLeavesPerArticle() throws Exception {
    long article = publishedArticle();
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> left =
          Api.send(
              Api.request(
                      "/api/knowledge/articles/" + article + "/deflections",
                      Tokens.of("requester1"))
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
      assertEquals(204, left.statusCode(), left.body());
    }
    assertProblem(
        Api.send(
            Api.request("/api/knowledge/articles/999999999/deflections", Tokens.of("requester1"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())),
        404,
        "not-found");
    JsonNode report =
        body(Api.get("/api/knowledge/reports/deflection?zone=Asia/Taipei", Tokens.of("agent1")));
    JsonNode row = null;
    for (JsonNode r : report.get("rows")) {
      if (r.get("articleId").asLong() == article) {
        row = r;
      }
    }
    assertTrue(row != null, report.toString());
    assertEquals(2, row.get("deflections").asLong());
    assertEquals(1, row.get("requesters").asLong());
    assertProblem(
        Api.get("/api/knowledge/reports/deflection", Tokens.of("requester1")), 403, "forbidden");
    assertProblem(
        Api.get("/api/knowledge/reports/deflection?to=2026-02-30", Tokens.of("agent1")),
        400,
        "bad-request");
    String csv = csv("/api/knowledge/reports/deflection/export?zone=Asia/Taipei", "editor1");
    assertTrue(csv.startsWith("\"articleId\",\"title\""), csv);
    assertTrue(csv.contains(article + ",\"報表文章"), csv);
  }

  private static long publishedArticle() {
    HttpResponse<String> created =
        KnowledgeArticlesIT.post(
            KnowledgeArticlesIT.ARTICLES,
            "editor1",
            null,
            KnowledgeArticlesIT.article("報表文章 " + UUID.randomUUID(), "zh-TW"));
    assertEquals(201, created.statusCode(), created.body());
    String path = KnowledgeArticlesIT.ARTICLES + "/" + Api.json(created).get("id").asLong();
    HttpResponse<String> submitted =
        KnowledgeArticlesIT.post(
            path + "/submit", "editor1", KnowledgeArticlesIT.etagOf(created), "{}");
    HttpResponse<String> approved =
        KnowledgeArticlesIT.post(
            path + "/approve", "admin1", KnowledgeArticlesIT.etagOf(submitted), "{}");
    assertEquals(200, approved.statusCode(), approved.body());
    return Api.json(approved).get("id").asLong();
  }

  private static boolean containsId(JsonNode ids, long id) {
    for (JsonNode each : ids) {
      if (each.asLong() == id) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode last(JsonNode rows) {
    return rows.get(rows.size() - 1);
  }

  private static JsonNode rows(String report, String user, String query) {
    return body(get(report + "?" + query, user, "en")).get("rows");
  }

  private static HttpResponse<String> get(String pathAndQuery, String user, String language) {
    return Api.send(
        Api.request(REPORTS + pathAndQuery, Tokens.of(user))
            .header("Accept-Language", language)
            .GET());
  }

  private static JsonNode body(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
    return Api.json(response);
  }

  static HttpResponse<byte[]> bytes(String path, String user) throws Exception {
    return HTTP.send(
        Api.request(path, Tokens.of(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String csv(String path, String user) throws Exception {
    HttpResponse<byte[]> response = bytes(path, user);
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    byte[] body = response.body();
    return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
  }

  private static List<String> xlsxParts(byte[] xlsx) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(zip.readAllBytes()));
      }
    }
    return names;
  }

  private static byte[] xlsxPart(byte[] xlsx, String name) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    }
    throw new AssertionError(name + " missing");
  }
}
