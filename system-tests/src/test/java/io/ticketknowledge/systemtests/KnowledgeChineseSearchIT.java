package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.article;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.id;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.publish;
import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Search as people in Taiwan type it, on the production profile (Elasticsearch through Kafka):
 * Simplified → Traditional, regional vocabulary and English through the seeded glossary, Wi-Fi =
 * WiFi, a glossary change effective at once, the articles reindex with progress, drafts for editors
 * only. Each test tags its articles with a fresh word and filters by it.
 */
class KnowledgeChineseSearchIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final String GLOSSARY = "/api/knowledge/glossary";

  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static ObjectNode tagged(String title, String body, String tag) {
    ObjectNode article = article(title, "zh-TW").put("body", body);
    article.set("tags", Api.JSON.createArrayNode().add(tag));
    return article;
  }

  @Test
  void simplifiedRegionalEnglishAndHyphenatedQueriesFindTheTraditionalArticle() {
    String tag = fresh("zh");
    JsonNode printer = publish(tagged("網路印表機無法列印", "請先確認無線網路 Wi-Fi 已連線，再把隨身碟的檔案重新送印。", tag));
    List<Long> expected = List.of(id(printer));
    // exact Traditional first, then what people type elsewhere
    assertEquals(expected, awaitIds("印表機", tag, "requester1"));
    for (String query :
        List.of("无法列印", "打印机", "U盘", "printer", "PRINTERS", "wifi", "wi fi", "ＷｉＦｉ")) {
      assertEquals(expected, ids(search(query, tag, "requester1", "")), query);
    }
    JsonNode hit = search("无法列印", tag, "requester1", "").get("hits").get(0);
    assertTrue(
        hit.get("highlights").get("title").asText().contains("<mark>無法列印</mark>"), hit.toString());
    // one typo in an English word of five letters or more
    publishEnglish(tag);
    JsonNode typo = search("pasword", tag, "requester1", "");
    assertEquals(1, typo.get("total").asLong(), typo.toString());
    assertEquals(
        0, search("vpm", tag, "requester1", "").get("total").asLong(), "short: exact only");
  }

  private static void publishEnglish(String tag) {
    ObjectNode english = article("Reset your password", "en").put("body", "Password steps");
    english.set("tags", Api.JSON.createArrayNode().add(tag));
    JsonNode published = publish(english);
    awaitIds("password", tag, "requester1").contains(id(published));
  }

  @Test
  void aGlossaryChangeIsEffectiveAtOnceWithEtagsAndProblems() {
    String tag = fresh("gl");
    String alias = fresh("alias");
    JsonNode article = publish(tagged("印表機卡紙處理", "打開前蓋取出卡紙。", tag));
    awaitIds("印表機", tag, "requester1");
    assertEquals(List.of(), ids(search(alias, tag, "requester1", "")));

    HttpResponse<String> created =
        send("POST", GLOSSARY, "admin1", null, entry("SYNONYM", alias, "卡紙"));
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/api/"));
    String etag = KnowledgeArticlesIT.etagOf(created);
    assertEquals(List.of(id(article)), ids(search(alias, tag, "requester1", "")));

    // an editor reads it; updates need the current ETag
    HttpResponse<String> read = Api.get(path, Tokens.of("editor1"));
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(etag, KnowledgeArticlesIT.etagOf(read));
    assertProblem(
        send("PUT", path, "editor1", null, entry("SYNONYM", alias, "前蓋")),
        428,
        "precondition-required");
    assertProblem(
        send("PUT", path, "editor1", "\"999\"", entry("SYNONYM", alias, "前蓋")),
        412,
        "precondition-failed");
    HttpResponse<String> replaced =
        send("PUT", path, "editor1", etag, entry("REGIONAL", alias, "會議室"));
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertEquals(List.of(), ids(search(alias, tag, "requester1", "")), "the old synonym is gone");

    // bad input is a problem, never a 500
    assertProblem(
        send("POST", GLOSSARY, "admin1", null, "{\"kind\":\"SYNONYM\",\"terms\":[\"x\"]}"),
        400,
        "validation");
    assertProblem(
        send("POST", GLOSSARY, "admin1", null, entry("SYNONYM", "印表機", "印表机")), 400, "validation");
    assertProblem(
        send("POST", GLOSSARY, "admin1", null, entry("OTHER", "a1", "b1")), 400, "malformed-json");
    assertProblem(
        send(
            "POST",
            GLOSSARY,
            "admin1",
            null,
            "{\"kind\":\"SYNONYM\",\"terms\":[\"a1\",\"b1\"],\"x\":1}"),
        400,
        "bad-request");
    assertProblem(
        send("POST", GLOSSARY, "requester1", null, entry("SYNONYM", "a1", "b1")), 403, "forbidden");
    assertProblem(Api.get(GLOSSARY + "/99999999", Tokens.of("admin1")), 404, "not-found");

    HttpResponse<String> removed =
        send("DELETE", path, "admin1", KnowledgeArticlesIT.etagOf(replaced), null);
    assertEquals(204, removed.statusCode(), removed.body());
    assertProblem(Api.get(path, Tokens.of("admin1")), 404, "not-found");

    // the seed is there: a few hundred terms
    JsonNode all = Api.json(Api.get(GLOSSARY, Tokens.of("admin1")));
    assertTrue(all.size() >= 150, "seeded entries: " + all.size());
  }

  @Test
  void draftsAreFoundByEditorsOnlyAndTheReindexReportsProgress() {
    String tag = fresh("dr");
    JsonNode draft = KnowledgeArticlesIT.create("editor1", tagged("草稿：印表機驅動程式", "安裝步驟", tag));
    List<Long> drafts =
        Awaitility.await()
            .atMost(WITHIN)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> ids(search("印表機", tag, "editor1", "&status=DRAFT")), l -> !l.isEmpty());
    assertEquals(List.of(id(draft)), drafts);
    assertEquals(List.of(), ids(search("打印机驱动", tag, "editor1", "")), "without status: live only");
    assertEquals(List.of(), ids(search("印表機", tag, "requester1", "")));
    assertProblem(
        Api.get("/api/knowledge/search?q=" + enc("印表機") + "&status=DRAFT", Tokens.of("requester1")),
        403,
        "forbidden");
    assertProblem(
        Api.get("/api/knowledge/search?q=x&status=NOPE", Tokens.of("editor1")), 400, "bad-request");

    // the reindex rebuilds live articles and drafts from the database
    JsonNode live = publish(tagged("隨身碟無法讀取", "換一個 USB 埠", tag));
    awaitIds("隨身碟", tag, "requester1");
    assertProblem(
        KnowledgeArticlesIT.post("/api/knowledge/search/reindex", "editor1", null, null),
        403,
        "forbidden");
    HttpResponse<String> started =
        KnowledgeArticlesIT.post("/api/knowledge/search/reindex", "admin1", null, null);
    assertTrue(
        started.statusCode() == 202 || started.statusCode() == 409,
        started.statusCode() + started.body());
    JsonNode done =
        Awaitility.await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> Api.json(Api.get("/api/knowledge/search/reindex", Tokens.of("admin1"))),
                s -> "COMPLETED".equals(s.path("state").asText()));
    assertTrue(done.get("done").asLong() >= 2, done.toString());
    assertTrue(done.get("total").asLong() >= 2, done.toString());
    assertEquals("articles", done.get("index").asText());
    assertEquals(List.of(id(live)), ids(search("U盘", tag, "requester1", "")));
    assertEquals(List.of(id(draft)), ids(search("印表機", tag, "editor1", "&status=DRAFT")));
    assertFalse(ids(search("印表機", tag, "requester1", "")).contains(id(draft)));
  }

  private static String entry(String kind, String... terms) {
    ObjectNode entry = Api.JSON.createObjectNode().put("kind", kind);
    var array = entry.putArray("terms");
    for (String term : terms) {
      array.add(term);
    }
    return entry.toString();
  }

  private static HttpResponse<String> send(
      String method, String path, String user, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(path, Tokens.of(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  private static List<Long> awaitIds(String query, String tag, String user) {
    return Awaitility.await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> ids(search(query, tag, user, "")), l -> !l.isEmpty());
  }

  private static JsonNode search(String text, String tag, String user, String extra) {
    var response =
        Api.get(
            "/api/knowledge/search?q=" + enc(text) + "&tag=" + enc(tag) + extra, Tokens.of(user));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
    return ids;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
