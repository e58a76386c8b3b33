package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * An article as the caller may see it. Readers get the published revision and nothing about pending
 * work (those fields are absent); staff get the head with its workflow state. {@code fallback} is
 * true when the article is not in the language asked for.
 */
public record ArticleView(
    long id,
    String locale,
    String title,
    String summary,
    String body,
    String bodyHtml,
    Long categoryId,
    Set<String> tags,
    String audience,
    String audienceGroup,
    Person owner,
    String status,
    int revision,
    Integer publishedRevision,
    Boolean pendingChange,
    LocalDate reviewBy,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    long version,
    long viewCount,
    long solvedTickets,
    boolean fallback,
    boolean outdated,
    List<TranslationLink> translations) {

  public record Person(String id, String name) {}

  public record TranslationLink(long id, String locale, boolean outdated) {}

  static ArticleView of(
      Article article,
      ArticleRevision shown,
      boolean staff,
      long viewCount,
      long solvedTickets,
      boolean fallback,
      boolean outdated,
      List<TranslationLink> translations) {
    return new ArticleView(
        article.id(),
        article.language(),
        shown.title(),
        shown.summary(),
        shown.body(),
        shown.bodyHtml(),
        article.categoryId(),
        article.tags(),
        article.audience().name(),
        article.audienceGroup(),
        new Person(article.ownerId(), article.ownerName()),
        staff ? article.status().name() : "PUBLISHED",
        shown.number(),
        staff ? article.publishedRevision() : null,
        staff ? article.hasPendingChange() : null,
        article.reviewBy(),
        article.publishedAt(),
        article.updatedAt(),
        article.version(),
        viewCount,
        solvedTickets,
        fallback,
        outdated,
        translations);
  }
}
