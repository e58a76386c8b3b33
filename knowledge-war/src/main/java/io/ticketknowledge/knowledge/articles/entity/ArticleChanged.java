package io.ticketknowledge.knowledge.articles.entity;

import java.time.Instant;
import java.util.List;

/**
 * An article as it stood when a change of it was flushed (a CDI event, observed after the commit):
 * the head content and metadata, so an observer needs no second read. The search index keeps drafts
 * and articles in review from it; live articles follow the module's outbox events.
 */
public record ArticleChanged(
    long id,
    String title,
    String summary,
    String body,
    String locale,
    Long categoryId,
    List<String> tags,
    Audience audience,
    String audienceGroup,
    String ownerId,
    Instant updatedAt,
    long version,
    ArticleStatus status,
    boolean live) {

  public static ArticleChanged of(Article article) {
    return new ArticleChanged(
        article.id(),
        article.title(),
        article.summary(),
        article.body(),
        article.language(),
        article.categoryId(),
        List.copyOf(article.tags()),
        article.audience(),
        article.audienceGroup(),
        article.ownerId(),
        article.updatedAt().toInstant(),
        article.version(),
        article.status(),
        article.isLive());
  }
}
