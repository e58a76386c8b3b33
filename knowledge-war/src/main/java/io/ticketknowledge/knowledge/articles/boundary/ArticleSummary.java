package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Article;
import java.time.OffsetDateTime;

/** An article in a list: no body. */
public record ArticleSummary(
    long id, String title, String language, String author, OffsetDateTime publishedAt) {

  static ArticleSummary of(Article article) {
    return new ArticleSummary(
        article.id(),
        article.title(),
        article.language(),
        article.authorName(),
        article.publishedAt());
  }
}
