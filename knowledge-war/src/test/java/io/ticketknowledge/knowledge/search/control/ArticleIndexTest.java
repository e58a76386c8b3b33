package io.ticketknowledge.knowledge.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchQuery;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {

  private static JsonObjectBuilder payload() {
    return Json.createObjectBuilder()
        .add("id", 150)
        .add("locale", "zh-TW")
        .add("title", "印表機無法列印")
        .add("summary", "三樓印表機")
        .add("body", "請重新啟動印表機。")
        .add("revision", 2)
        .add("tags", Json.createArrayBuilder().add("印表機").add("printer"))
        .add("audience", "EMPLOYEES")
        .add("categoryId", 100)
        .add("ownerId", "editor1")
        .add("ownerName", "林美玲")
        .add("publishedAt", "2026-11-30T09:15:02.114Z")
        .add("updatedAt", "2026-11-30T09:15:02.114Z");
  }

  private static EventEnvelope event(String type, JsonObjectBuilder payload) {
    return EventEnvelope.of(type, 150L, 7, "admin1", payload.build());
  }

  @Test
  void aPublishedEventBecomesTheReadersDocument() {
    SearchDocument document = ArticleIndex.fromEvent(event("article.published", payload()));
    assertEquals("150", document.id());
    assertEquals("印表機無法列印", document.fields().get(ArticleIndex.TITLE));
    assertEquals("100", document.fields().get(ArticleIndex.CATEGORY));
    assertEquals(List.of("印表機", "printer"), document.fields().get(ArticleIndex.TAGS));
    assertEquals("EMPLOYEES", document.fields().get(ArticleIndex.VISIBLE_TO));
    assertEquals(
        Instant.parse("2026-11-30T09:15:02.114Z"),
        document.fields().get(ArticleIndex.PUBLISHED_AT));
    assertEquals(7L, document.fields().get(ArticleIndex.VERSION));
  }

  @Test
  void aGroupAudienceIsKeyedByItsGroup() {
    SearchDocument document =
        ArticleIndex.fromEvent(
            event(
                "article.updated",
                payload().add("audience", "GROUP").add("audienceGroup", "finance")));
    assertEquals("group:finance", document.fields().get(ArticleIndex.VISIBLE_TO));
  }

  @Test
  void eventsWithoutTheStateAreMalformed() {
    assertThrows(
        MalformedEventException.class,
        () -> ArticleIndex.fromEvent(event("article.published", payload().add("title", " "))));
    assertThrows(
        MalformedEventException.class,
        () -> ArticleIndex.fromEvent(event("article.published", payload().add("audience", "ALL"))));
    assertThrows(
        MalformedEventException.class,
        () ->
            ArticleIndex.fromEvent(event("article.published", payload().add("audience", "GROUP"))));
    assertThrows(
        MalformedEventException.class,
        () ->
            ArticleIndex.articleId(
                EventEnvelope.of(
                    "article.archived", "abc", 1, "x", Json.createObjectBuilder().build())));
  }

  @Test
  void readersArePermittedTheirAudiencesAndGroupsStaffEverything() {
    Reader requester = new Reader("u1", "王小明", Set.of("requester", "finance"));
    SearchQuery query =
        ArticleSearch.query("印表機", null, null, null, Set.of(), 10, null, requester).build();
    assertEquals(
        List.of(
            new Filter.AnyOf(ArticleIndex.STATUS, Set.of(ArticleIndex.LIVE)),
            new Filter.AnyOf(
                ArticleIndex.VISIBLE_TO,
                Set.of("EVERYONE", "EMPLOYEES", "group:requester", "group:finance"))),
        query.permissions());

    Reader agent = new Reader("a1", "陳志豪", Set.of("requester", "agent"));
    Filter.AnyOf agentPermit =
        (Filter.AnyOf)
            ArticleSearch.query("x", null, null, null, Set.of(), 10, null, agent)
                .build()
                .permissions()
                .get(1);
    assertTrue(agentPermit.values().contains("AGENTS"));

    Reader nobody = new Reader("n1", "訪客", Set.of());
    Filter.AnyOf nobodyPermit =
        (Filter.AnyOf)
            ArticleSearch.query("x", null, null, null, Set.of(), 10, null, nobody)
                .build()
                .permissions()
                .get(1);
    assertEquals(Set.of("EVERYONE"), nobodyPermit.values());

    Reader editor = new Reader("e1", "林美玲", Set.of("requester", "editor"));
    assertEquals(
        List.of(),
        ArticleSearch.query("x", "en", Set.of(5L), "vpn", Set.of(), 10, null, editor)
            .build()
            .permissions());
  }

  @Test
  void draftsAreForStaffOnlyAndOnlyWhenAskedFor() {
    Reader editor = new Reader("e1", "林美玲", Set.of("requester", "editor"));
    Set<ArticleStatus> drafts = Set.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
    SearchQuery asked =
        ArticleSearch.query("x", null, null, null, drafts, 10, null, editor).build();
    assertTrue(
        asked
            .filters()
            .contains(new Filter.AnyOf(ArticleIndex.STATUS, Set.of("DRAFT", "IN_REVIEW"))));
    SearchQuery plain =
        ArticleSearch.query("x", null, null, null, Set.of(), 10, null, editor).build();
    assertTrue(
        plain.filters().contains(new Filter.AnyOf(ArticleIndex.STATUS, Set.of("PUBLISHED"))));
    // a reader's query carries the live-only permission whatever the filters say
    Reader requester = new Reader("u1", "王小明", Set.of("requester"));
    SearchQuery reader =
        ArticleSearch.query("x", null, null, null, drafts, 10, null, requester).build();
    assertTrue(
        reader.permissions().contains(new Filter.AnyOf(ArticleIndex.STATUS, Set.of("PUBLISHED"))));
  }
}
