package io.ticketknowledge.knowledge.attachments.boundary;

import io.ticketknowledge.knowledge.attachments.entity.Attachment;
import java.time.OffsetDateTime;

/**
 * An attachment; {@code url} is the path to use in the article's Markdown.
 *
 * @param scan what the malware scanner said before the file was stored: {@code clean} or {@code
 *     not-scanned}
 */
public record AttachmentView(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String url,
    OffsetDateTime createdAt,
    String scan) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(),
        a.fileName(),
        a.contentType(),
        a.size(),
        a.sha256(),
        "/api/knowledge/articles/" + a.articleId() + "/attachments/" + a.id(),
        a.createdAt(),
        a.scanOutcome().label());
  }
}
