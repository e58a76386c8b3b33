package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.ARTICLES;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.article;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.id;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.post;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.publish;
import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Published articles reach the articles index through knowledge.events on the real Kafka broker and
 * Elasticsearch; searches and suggestions return only what the caller's audience may read.
 */
class KnowledgeSearchIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void publishedArticlesAreFoundWithHighlightsFacetsAndAudienceChecks() {
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    JsonNode everyone =
        publish(
            article("印表機卡紙 " + word, "zh-TW")
                .put("body", "打開前蓋取出卡紙，" + word + " 再按繼續。")
                .set("tags", Api.JSON.createArrayNode().add("印表機")));
    JsonNode agentsOnly = publish(article("（內部）印表機維修 " + word, "zh-TW").put("audience", "AGENTS"));
    JsonNode english = publish(article("Printer paper jam " + word, "en"));
    JsonNode draft = KnowledgeArticlesIT.create("editor1", article("草稿 印表機 " + word, "zh-TW"));

    JsonNode agentView = awaitHits(word, "agent1", 3);
    assertEquals(3, agentView.get("total").asLong(), agentView.toString());
    JsonNode requesterView = search(word, "requester1", "");
    assertEquals(2, requesterView.get("total").asLong(), requesterView.toString());
    List<Long> ids = ids(requesterView);
    assertTrue(ids.contains(id(everyone)));
    assertTrue(ids.contains(id(english)));
    assertFalse(ids.contains(id(agentsOnly)), "AGENTS article hidden from requesters");
    assertFalse(ids.contains(id(draft)), "drafts are never indexed");

    JsonNode hit = requesterView.get("hits").get(ids.indexOf(id(everyone)));
    assertTrue(
        hit.get("highlights").get("title").asText().contains("<mark>" + word + "</mark>"),
        hit.toString());
    JsonNode localeFacet = requesterView.get("facets").get("locale");
    assertEquals(
        2, localeFacet.size(), "facets count only what the requester may see: " + localeFacet);

    JsonNode onlyEnglish = search(word, "requester1", "&locale=en");
    assertEquals(List.of(id(english)), ids(onlyEnglish));
    JsonNode byTag = search(word, "requester1", "&tag=" + enc("印表機"));
    assertEquals(List.of(id(everyone)), ids(byTag));

    // suggestions for a ticket being typed, same audience rule
    JsonNode suggested =
        Api.json(
            Api.get(
                "/api/knowledge/suggestions?text=" + enc("我的印表機又卡紙了 " + word),
                Tokens.of("requester1")));
    List<Long> suggestedIds = new ArrayList<>();
    suggested.forEach(s -> suggestedIds.add(s.get("id").asLong()));
    assertTrue(suggestedIds.contains(id(everyone)), suggested.toString());
    assertFalse(suggestedIds.contains(id(agentsOnly)), suggested.toString());

    // archived articles leave the index
    archive(everyone);
    Awaitility.await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !ids(search(word, "requester1", "")).contains(id(everyone)));

    assertProblem(Api.get("/api/knowledge/search", Tokens.of("requester1")), 400, "validation");
    assertProblem(
        Api.get("/api/knowledge/search?q=x&cursor=garbage", Tokens.of("requester1")),
        400,
        "bad-request");
    assertProblem(
        Api.get("/api/knowledge/suggestions?text=", Tokens.of("requester1")), 400, "validation");
  }

  @Test
  void searchesThatFindNothingBecomeGapsThatCloseWhenAnArticleAnswersThem() {
    String word = "gap" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    assertEquals(0, search(word, "requester1", "").get("total").asLong());
    assertEquals(0, search(word.toUpperCase() + "!", "requester1", "").get("total").asLong());
    JsonNode gap = awaitGap(word, false);
    assertEquals(2, gap.get("asked").asLong(), gap.toString());
    assertEquals(1, gap.get("askedBy").asLong());
    assertEquals(0, gap.get("openedTicketAfter").asLong());
    assertFalse(gap.get("answered").asBoolean());

    // the requester then opens a ticket: Knowledge learns it from ticket.events (Kafka)
    String ticketId = Tickets.open("requester1", "找不到說明 " + word).get("id").asText();
    Events.awaitSignal(ticketId, 1, WITHIN);
    assertEquals(1, awaitGap(word, false).get("openedTicketAfter").asLong());

    assertProblem(Api.get("/api/knowledge/gaps", Tokens.of("editor1")), 403, "forbidden");

    // an article that answers it closes the gap
    publish(article("說明 " + word, "zh-TW"));
    awaitHits(word, "requester1", 1);
    assertTrue(gapOrNull(word, false) == null, "answered gaps leave the open list");
    assertTrue(awaitGap(word, true).get("answered").asBoolean());
  }

  private static JsonNode awaitGap(String word, boolean all) {
    return Awaitility.await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> gapOrNull(word, all), gap -> gap != null);
  }

  private static JsonNode gapOrNull(String word, boolean all) {
    var response = Api.get("/api/knowledge/gaps?limit=200&all=" + all, Tokens.of("admin1"));
    assertEquals(200, response.statusCode(), response.body());
    for (JsonNode gap : Api.json(response)) {
      if (gap.get("query").asText().equals(word)) {
        return gap;
      }
    }
    return null;
  }

  /** Archived by its author (archiving needs no second person). */
  private static void archive(JsonNode article) {
    JsonNode current = Api.json(Api.get(ARTICLES + "/" + id(article), Tokens.of("editor1")));
    var archived =
        post(
            ARTICLES + "/" + id(article) + "/archive",
            "editor1",
            "\"" + current.get("version").asText() + "\"",
            null);
    assertEquals(200, archived.statusCode(), archived.body());
  }

  private static JsonNode awaitHits(String word, String user, long total) {
    return Awaitility.await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> search(word, user, ""), page -> page.path("total").asLong() >= total);
  }

  private static JsonNode search(String text, String user, String extra) {
    var response = Api.get("/api/knowledge/search?q=" + enc(text) + extra, Tokens.of(user));
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
