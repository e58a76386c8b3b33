package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import java.time.OffsetDateTime;

/** One revision; the list leaves out the content ({@code body} and {@code bodyHtml} absent). */
public record RevisionView(
    int number,
    String title,
    String summary,
    String body,
    String bodyHtml,
    String authorId,
    String authorName,
    String message,
    OffsetDateTime createdAt,
    boolean published) {

  static RevisionView full(ArticleRevision r, Integer publishedRevision) {
    return new RevisionView(
        r.number(),
        r.title(),
        r.summary(),
        r.body(),
        r.bodyHtml(),
        r.authorId(),
        r.authorName(),
        r.message(),
        r.createdAt(),
        publishedRevision != null && publishedRevision == r.number());
  }

  static RevisionView listed(ArticleRevision r, Integer publishedRevision) {
    return new RevisionView(
        r.number(),
        r.title(),
        r.summary(),
        null,
        null,
        r.authorId(),
        r.authorName(),
        r.message(),
        r.createdAt(),
        publishedRevision != null && publishedRevision == r.number());
  }
}
