package io.ticketknowledge.knowledge.articles.control;

import static io.ticketknowledge.platform.events.contract.EventContractAssertions.assertConforms;
import static io.ticketknowledge.platform.events.contract.EventContractAssertions.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ticketknowledge.knowledge.articles.entity.ArticleEventType;
import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.contract.EventContracts;
import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Knowledge module's side of the event contracts: every type it emits is published, and the
 * schemas' own examples, wrapped as the module wraps its events, conform and are understood by the
 * articles index.
 */
class ArticleEventsContractTest {

  @Test
  void everyTypeThisModuleEmitsIsPublishedInTheAsyncApiDocument() {
    Set<String> emitted =
        EnumSet.allOf(ArticleEventType.class).stream()
            .map(t -> t.type().key())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> published =
        EventContracts.declaredTypes().stream()
            .filter(t -> t.name().startsWith("article."))
            .map(EventType::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(published, emitted, "docs/events/asyncapi.yaml vs ArticleEventType");
  }

  @Test
  void theSchemasExamplesConformAndTheArticlesIndexReadsThem() {
    for (ArticleEventType type : ArticleEventType.values()) {
      List<JsonObject> examples = examples(type.type());
      assertFalse(examples.isEmpty(), type + " has examples");
      for (JsonObject payload : examples) {
        EventEnvelope event =
            EventEnvelope.of(
                type.type(), payload.getJsonNumber("id").longValue(), 3, "editor1", payload);
        assertConforms(event);
        assertEquals(
            String.valueOf(payload.getJsonNumber("id").longValue()), ArticleIndex.articleId(event));
        if (type != ArticleEventType.ARCHIVED) {
          assertEquals(
              String.valueOf(payload.getJsonNumber("id").longValue()),
              ArticleIndex.fromEvent(event).id());
        }
      }
    }
  }
}
