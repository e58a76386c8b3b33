package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.ArticleReview;
import java.time.OffsetDateTime;

/** One step of an article's review history. */
public record ReviewView(
    int revision, String action, String actorName, String comment, OffsetDateTime at) {

  static ReviewView of(ArticleReview review) {
    return new ReviewView(
        review.revision(),
        review.action().name(),
        review.actorName(),
        review.comment(),
        review.createdAt());
  }
}
