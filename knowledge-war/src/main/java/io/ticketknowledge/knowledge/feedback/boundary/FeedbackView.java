package io.ticketknowledge.knowledge.feedback.boundary;

import io.ticketknowledge.knowledge.feedback.entity.ArticleFeedback;
import java.time.OffsetDateTime;

/** One reader's feedback as the article's owner sees it. */
public record FeedbackView(
    long id, int revision, boolean helpful, String comment, String from, OffsetDateTime at) {

  static FeedbackView of(ArticleFeedback f) {
    return new FeedbackView(
        f.id(), f.revision(), f.helpful(), f.comment(), f.userName(), f.createdAt());
  }
}
