package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Ticket search on the real EAR: tickets opened and changed through the API reach the Elasticsearch
 * index through Kafka, and searches keep to what the caller may see. The database and the index are
 * shared with earlier runs, so each test marks its tickets with a word of its own.
 */
class TicketSearchIT {

  private static final String TICKETS = "/api/ticket/tickets";
  private static final String SEARCH = TICKETS + "/search";
  private static final String REINDEX = "/api/ticket/search/reindex";
  private static final Duration WITHIN = Duration.ofSeconds(120);
  // the API allows 10 requests per second per user: poll well below that
  private static final Duration POLL = Duration.ofMillis(300);

  @Test
  void aChineseWordFindsTheTicketAndIsHighlighted() {
    long id = open("requester1", "印表機無法連線", "三樓的機器從早上開始沒有回應", null);

    JsonNode hit = awaitHit("requester1", "q=" + enc("印表機") + "&sort=-createdAt&limit=100", id);

    assertTrue(hit.at("/highlights/subject").asText().contains("<mark>印表機</mark>"), hit.toString());
    JsonNode other = opened("requester1", "鍵盤沒有反應", "注音輸入失靈 " + word(), null);
    JsonNode page = search("requester1", "q=" + enc("印表機") + "&sort=-createdAt&limit=100");
    assertFalse(ids(page).contains(other.get("id").asLong()), "a ticket without the word");
  }

  @Test
  void simplifiedChineseAndMainlandTermsFindTraditionalText() {
    String word = word();
    long id = open("requester1", "筆記型電腦的印表機無法列印 " + word, "三樓的機器沒有回應", null);

    JsonNode hit = awaitHit("requester1", "q=" + enc("打印机 " + word) + "&limit=100", id);

    assertTrue(hit.at("/highlights/subject").asText().contains("<mark>"), hit.toString());
    awaitHit("requester1", "q=" + enc("无法列印 " + word) + "&limit=100", id);
  }

  @Test
  void fullWidthLettersFindHalfWidthOnes() {
    long id = open("requester1", "VPN 連不上 " + word(), "在家無法連到公司網路", null);

    JsonNode hit = awaitHit("requester1", "q=" + enc("ＶＰＮ") + "&sort=-createdAt&limit=100", id);

    assertTrue(hit.at("/highlights/subject").asText().contains("<mark>VPN</mark>"), hit.toString());
  }

  @Test
  void englishWordsMatchTheirOtherForms() {
    long id =
        open("requester1", "Printer keeps jamming " + word(), "The paper <jams> every time", null);

    JsonNode hit =
        awaitHit("requester1", "q=" + enc("printing jammed") + "&sort=-createdAt&limit=100", id);

    String subject = hit.at("/highlights/subject").asText();
    assertTrue(subject.contains("<mark>Printer</mark>"), subject);
    assertTrue(subject.contains("<mark>jamming</mark>"), subject);
    String description = hit.at("/highlights/description").asText();
    assertTrue(description.contains("&lt;<mark>jams</mark>&gt;"), "escaped: " + description);
  }

  @Test
  void requestersFindOnlyTheirOwnTicketsInHitsTotalsAndFacets() {
    String word = word();
    long own = open("requester1", "帳號鎖定 " + word, "密碼輸入錯誤太多次", null);
    long editors = open("editor1", "帳號鎖定 " + word, "別人的工單", "HIGH");
    long agents = open("agent1", "帳號鎖定 " + word, "客服人員的工單", "URGENT");

    JsonNode all = awaitTotal("agent1", "q=" + word, 3);
    assertEquals(Set.of(own, editors, agents), ids(all));
    assertEquals(3, facetSum(all, "priority"));
    assertEquals(
        3, Api.json(Api.get(SEARCH + "?q=" + word, Tokens.of("admin1"))).get("total").asInt());

    JsonNode mine = search("requester1", "q=" + word);
    assertEquals(1, mine.get("total").asInt(), mine.toString());
    assertEquals(Set.of(own), ids(mine));
    assertEquals(1, facetSum(mine, "status"), mine.toString());
    assertEquals(1, facetSum(mine, "priority"), mine.toString());
    for (JsonNode facet : mine.at("/facets/priority")) {
      assertEquals("P3", facet.get("value").asText(), "no facet of others' tickets: " + mine);
    }
    // a filter on the others' values finds nothing, not even a count
    JsonNode filtered = search("requester1", "q=" + word + "&priority=HIGH,URGENT");
    assertEquals(0, filtered.get("total").asInt(), filtered.toString());
    assertEquals(0, filtered.get("items").size());

    JsonNode editorsView = search("editor1", "q=" + word);
    assertEquals(Set.of(editors), ids(editorsView));

    // browsing without words: every hit is the requester's own, or one they watch (other tests
    // make requester1 a watcher: a merge adds the source's requester)
    String requesterId = mine.at("/items/0/requester/id").asText();
    for (JsonNode item : search("requester1", "limit=100").get("items")) {
      if (!requesterId.equals(item.at("/requester/id").asText())) {
        String watchers =
            Api.get(TICKETS + "/" + item.get("id").asLong() + "/watchers", Tokens.of("requester1"))
                .body();
        assertTrue(watchers.contains(requesterId), item.toString());
      }
    }
  }

  @Test
  void aChangeIsReflected() {
    String before = word();
    String after = word();
    long id = open("requester1", "螢幕閃爍 " + before, "開機後一直閃", "LOW");
    awaitHit("agent1", "q=" + before, id);

    HttpResponse<String> changed =
        Tickets.patch(
            TICKETS + "/" + id,
            Tokens.of("agent1"),
            "\"1\"",
            "{\"subject\":\"螢幕全黑 " + after + "\",\"priority\":\"HIGH\"}");
    assertEquals(200, changed.statusCode(), changed.body());

    JsonNode hit = awaitHit("agent1", "q=" + after + "&priority=HIGH", id);
    assertEquals(2, hit.get("version").asLong());
    assertEquals("P2", hit.get("priority").asText());
    assertEquals(
        0, search("agent1", "q=" + before).get("total").asInt(), "the old subject is gone");
  }

  @Test
  void cursorPagesCoverEveryHitExactlyOnce() {
    String word = word();
    Set<Long> opened = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      opened.add(open("agent1", "分頁 " + word + " " + i, "第 " + i + " 張", null));
    }
    awaitTotal("agent1", "q=" + word, 5);

    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          search(
              "agent1",
              "q="
                  + word
                  + "&sort=-createdAt&limit=2"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(5, page.get("total").asInt());
      page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
      pages++;
    } while (cursor != null && pages < 10);

    assertEquals(3, pages, "2 + 2 + 1, no empty last page");
    assertEquals(5, seen.size(), "no hit twice: " + seen);
    assertEquals(opened, new HashSet<>(seen));
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i - 1) > seen.get(i), "newest first: " + seen);
    }
  }

  @Test
  void badParametersAreLocalizedProblems() {
    for (String query :
        List.of(
            "status=LOST",
            "priority=whenever",
            "sort=size",
            "limit=0",
            "limit=101",
            "limit=many",
            "cursor=garbage",
            "q=" + "a".repeat(1001))) {
      HttpResponse<String> english =
          Api.send(
              Api.request(SEARCH + "?" + query, Tokens.of("requester1"))
                  .header("Accept-Language", "en"));
      JsonNode problem = assertProblem(english, 400, "bad-request");
      assertTrue(problem.get("detail").asText().matches("[\\x00-\\x7f]*"), problem.toString());

      HttpResponse<String> chinese =
          Api.send(
              Api.request(SEARCH + "?" + query, Tokens.of("requester1"))
                  .header("Accept-Language", "zh-TW"));
      JsonNode zh = assertProblem(chinese, 400, "bad-request");
      assertTrue(
          zh.get("detail").asText().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
          "localized: " + zh);
    }
    assertEquals(401, Api.send(Api.request(SEARCH)).statusCode());
  }

  @Test
  void similarTicketsAreTheCallersOnly() {
    String word = word();
    long outlook = open("agent1", "Outlook 無法寄信 " + word, "郵件一直卡在寄件匣，重新開機也一樣", null);
    long alike = open("agent1", "Outlook 寄信失敗 " + word, "寄件匣裡的郵件寄不出去", null);
    long requesters = open("requester1", "冷氣太冷", "會議室溫度太低", null);
    awaitHit("agent1", "q=" + word, alike);
    awaitHit("agent1", "q=" + word, outlook);

    JsonNode similar =
        json(Api.get(TICKETS + "/" + outlook + "/similar?limit=20", Tokens.of("agent1")));
    Set<Long> found = ids(similar);
    assertTrue(found.contains(alike), similar.toString());
    assertFalse(found.contains(outlook), "never the ticket itself");

    // a requester may not see the agent's ticket, so not its similar ones either
    assertProblem(
        Api.get(TICKETS + "/" + outlook + "/similar", Tokens.of("requester1")), 404, "not-found");
    awaitHit("requester1", "sort=-createdAt&limit=100", requesters);
    JsonNode own = json(Api.get(TICKETS + "/" + requesters + "/similar", Tokens.of("requester1")));
    String requesterId = search("requester1", "limit=1").at("/items/0/requester/id").asText();
    for (JsonNode item : own.get("items")) {
      assertEquals(requesterId, item.at("/requester/id").asText(), own.toString());
    }
  }

  @Test
  void anEventWithoutTheTicketStateDoesNotStopTheOnesBehindIt() {
    String ticketId = Events.unusedTicketId();
    String word = word();
    String incomplete =
        Events.ticketEvent(UUID.randomUUID(), "ticket.opened", ticketId, 1, "缺欄位", "NEW");
    String complete =
        "{\"id\":\""
            + UUID.randomUUID()
            + "\",\"type\":\"ticket.changed\",\"aggregateId\":\""
            + ticketId
            + "\",\"version\":2,\"occurredAt\":\""
            + Instant.now()
            + "\",\"actor\":\"system-test\",\"payload\":{\"id\":"
            + ticketId
            + ",\"subject\":\"完整 "
            + word
            + "\",\"description\":\"d\",\"status\":\"OPEN\",\"priority\":\"LOW\","
            + "\"requesterId\":\"system-test\",\"requesterName\":\"測試\","
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\"}}";

    Events.send(Events.TICKET_TOPIC, ticketId, incomplete, complete);

    JsonNode hit = awaitHit("agent1", "q=" + word, Long.parseLong(ticketId));
    assertEquals(2, hit.get("version").asLong());
    assertEquals(0, search("requester1", "q=" + word).get("total").asInt());
    assertTrue(
        Events.metric("tk_events_dead_lettered_total", "ticket.search-index") >= 1,
        "the incomplete event is a dead letter");
  }

  @Test
  void onlyAdminsSeeTheModulesDeadLetters() {
    assertEquals(403, Api.get("/api/ticket/dead-letters", Tokens.of("agent1")).statusCode());
    assertEquals(
        200, Api.get("/api/ticket/dead-letters?limit=1", Tokens.of("admin1")).statusCode());
    assertProblem(
        Api.get("/api/ticket/dead-letters/999999999", Tokens.of("admin1")), 404, "not-found");
  }

  @Test
  void anAdminReindexesWithProgressOnceAtATime() {
    long id = open("requester1", "硬碟空間不足 " + word(), "C 槽只剩 1 GB", null);
    awaitHit("requester1", "sort=-createdAt&limit=100", id);

    assertEquals(403, post(REINDEX, "agent1").statusCode());
    assertEquals(403, Api.get(REINDEX, Tokens.of("requester1")).statusCode());

    // two at once: one starts, the other is told one is running
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> post(REINDEX, "admin1"));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> post(REINDEX, "admin1"));
    List<HttpResponse<String>> answers = List.of(first.join(), second.join());
    HttpResponse<String> accepted =
        answers.stream()
            .filter(r -> r.statusCode() == 202)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "none accepted: " + answers.get(0).body() + answers.get(1).body()));
    HttpResponse<String> refused =
        answers.stream().filter(r -> r != accepted).findFirst().orElseThrow();
    assertProblem(refused, 409, "conflict");
    String location = accepted.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith(REINDEX), location);

    JsonNode[] status = new JsonNode[1];
    await()
        .atMost(WITHIN)
        .pollInterval(POLL)
        .until(
            () -> {
              status[0] = json(Api.get(REINDEX, Tokens.of("admin1")));
              assertFalse("FAILED".equals(status[0].get("state").asText()), status[0].toString());
              return "COMPLETED".equals(status[0].get("state").asText());
            });
    JsonNode done = status[0];
    assertTrue(done.get("total").asLong() >= 1, done.toString());
    assertEquals(done.get("total").asLong(), done.get("done").asLong(), done.toString());
    assertTrue(done.get("docsPerSecond").asDouble() >= 0, done.toString());
    assertNotNull(done.get("finishedAt"), done.toString());
    assertTrue(done.get("targetGeneration").asText().contains("tickets-v5-"), done.toString());

    // the new generation serves: the ticket is still found, with its highlight
    JsonNode hit = awaitHit("requester1", "q=" + enc("硬碟") + "&sort=-createdAt&limit=100", id);
    assertTrue(hit.at("/highlights/subject").asText().contains("<mark>硬碟</mark>"), hit.toString());
  }

  // ---- helpers ----

  /** A word no other ticket holds (letters only, so analysis keeps it one token). */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private static long open(String user, String subject, String description, String priority) {
    return opened(user, subject, description, priority).get("id").asLong();
  }

  private static JsonNode opened(String user, String subject, String description, String priority) {
    String body =
        "{\"subject\":\""
            + subject
            + "\",\"description\":\""
            + description.replace("\"", "\\\"")
            + "\""
            + assessment(priority)
            + "}";
    HttpResponse<String> created = Api.postJson(TICKETS, Tokens.of(user), body);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created);
  }

  /**
   * Requesters state impact and urgency, not the priority: the first API's priorities as the
   * assessment that gives them (HIGH → P2, URGENT → P1, LOW → P4; none → P3).
   */
  private static String assessment(String priority) {
    if (priority == null) {
      return "";
    }
    return switch (priority) {
      case "URGENT" -> ",\"impact\":\"HIGH\",\"urgency\":\"HIGH\"";
      case "HIGH" -> ",\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"";
      case "LOW" -> ",\"impact\":\"LOW\",\"urgency\":\"LOW\"";
      default -> "";
    };
  }

  private static JsonNode search(String user, String query) {
    return json(Api.get(SEARCH + "?" + query, Tokens.of(user)));
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
    return Api.json(response);
  }

  /** Waits until the search lists the ticket; returns its hit. */
  private static JsonNode awaitHit(String user, String query, long id) {
    JsonNode[] hit = new JsonNode[1];
    await()
        .atMost(WITHIN)
        .pollInterval(POLL)
        .until(
            () -> {
              for (JsonNode item : search(user, query).get("items")) {
                if (item.get("id").asLong() == id) {
                  hit[0] = item;
                  return true;
                }
              }
              return false;
            });
    return hit[0];
  }

  private static JsonNode awaitTotal(String user, String query, int total) {
    JsonNode[] page = new JsonNode[1];
    await()
        .atMost(WITHIN)
        .pollInterval(POLL)
        .until(
            () -> {
              page[0] = search(user, query);
              return page[0].get("total").asInt() >= total;
            });
    assertEquals(total, page[0].get("total").asInt(), page[0].toString());
    return page[0];
  }

  private static Set<Long> ids(JsonNode page) {
    Set<Long> ids = new HashSet<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private static long facetSum(JsonNode page, String facet) {
    long sum = 0;
    for (JsonNode value : page.at("/facets/" + facet)) {
      sum += value.get("count").asLong();
    }
    return sum;
  }

  private static HttpResponse<String> post(String path, String user) {
    return Api.send(Api.request(path, Tokens.of(user)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
