package io.ticketknowledge.ticket.comments.boundary;

import io.ticketknowledge.platform.markdown.MarkdownRenderer;
import io.ticketknowledge.ticket.comments.entity.Comment;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment as the API shows it; {@code body} is Markdown source, {@code bodyHtml} rendered and
 * sanitized.
 */
public record CommentView(
    long id,
    long ticketId,
    Author author,
    String body,
    String bodyHtml,
    boolean internal,
    List<String> mentions,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    long version) {

  public record Author(String id, String name) {}

  public static CommentView of(Comment comment) {
    return new CommentView(
        comment.id(),
        comment.ticketId(),
        new Author(comment.authorId(), comment.authorName()),
        comment.body(),
        MarkdownRenderer.toSafeHtml(comment.body()),
        comment.internal(),
        comment.mentions(),
        comment.createdAt(),
        comment.editedAt(),
        comment.version());
  }
}
