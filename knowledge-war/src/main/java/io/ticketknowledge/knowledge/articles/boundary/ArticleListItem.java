package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Article;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** An article in a list (no body); readers see the published title and summary. */
public record ArticleListItem(
    long id,
    String locale,
    String title,
    String summary,
    Long categoryId,
    Set<String> tags,
    String status,
    String audience,
    String ownerName,
    LocalDate reviewBy,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    boolean fallback) {

  static ArticleListItem of(
      Article article, String title, String summary, boolean staff, boolean fallback) {
    return new ArticleListItem(
        article.id(),
        article.language(),
        title,
        summary,
        article.categoryId(),
        article.tags(),
        staff ? article.status().name() : "PUBLISHED",
        article.audience().name(),
        article.ownerName(),
        article.reviewBy(),
        article.publishedAt(),
        article.updatedAt(),
        fallback);
  }
}
