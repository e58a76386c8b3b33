package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleEventType;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * All events of the Knowledge module's articles, recorded in the module's outbox inside the
 * caller's transaction (topic {@code knowledge.events}, key = article id). The payload is what
 * readers see after the change (the published revision), so the search index and other consumers
 * need no second lookup. Schemas: {@code docs/events/schemas/article.*.v1.json}.
 */
@ApplicationScoped
public class ArticleEvents {

  private final Outbox outbox = new Outbox("knowledge");

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** A revision became the one readers see, for the first time or after a restore. */
  public void published(Article article, ArticleRevision revision, String actorId) {
    record(ArticleEventType.PUBLISHED, article, published(article, revision), actorId);
  }

  /** What readers see changed: a newer revision was approved, or the metadata changed. */
  public void updated(Article article, ArticleRevision revision, String actorId) {
    record(ArticleEventType.UPDATED, article, published(article, revision), actorId);
  }

  /** Readers no longer see the article. */
  public void archived(Article article, String actorId) {
    record(ArticleEventType.ARCHIVED, article, archived(article), actorId);
  }

  private void record(ArticleEventType type, Article article, JsonObject payload, String actorId) {
    outbox.append(em, ArticleEventType.TOPIC, event(type, article, payload, actorId));
  }

  static EventEnvelope event(
      ArticleEventType type, Article article, JsonObject payload, String actorId) {
    return EventEnvelope.of(type.type(), article.id(), article.version(), actorId, payload);
  }

  static JsonObject archived(Article article) {
    return Jsons.objectBuilder()
        .add("id", article.id())
        .add("locale", article.language())
        .add("status", article.status().name())
        .add("updatedAt", article.updatedAt().toString())
        .build();
  }

  static JsonObject published(Article article, ArticleRevision revision) {
    JsonArrayBuilder tags = Jsons.arrayBuilder();
    article.tags().stream().sorted().forEach(tags::add);
    JsonObjectBuilder payload =
        Jsons.objectBuilder()
            .add("id", article.id())
            .add("locale", article.language())
            .add("title", revision.title())
            .add("summary", revision.summary())
            .add("body", revision.body())
            .add("revision", revision.number())
            .add("tags", tags)
            .add("audience", article.audience().name())
            .add("ownerId", article.ownerId())
            .add("ownerName", article.ownerName())
            .add("publishedAt", article.publishedAt().toString())
            .add("updatedAt", article.updatedAt().toString());
    if (article.categoryId() != null) {
      payload.add("categoryId", article.categoryId());
    }
    if (article.audienceGroup() != null) {
      payload.add("audienceGroup", article.audienceGroup());
    }
    if (article.translationGroup() != null) {
      payload.add("translationGroup", article.translationGroup());
    }
    return payload.build();
  }
}
