package io.ticketknowledge.ticket.attachments.boundary;

import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment as listed; {@code url} downloads it. */
@Schema(
    name = "TicketAttachment",
    example =
        "{\"id\":\"3f0c6b1e-9d2a-4c4e-8f1a-2b7d5e9c0a11\",\"ticketId\":51,\"commentId\":null,"
            + "\"fileName\":\"網路設定說明.pdf\",\"contentType\":\"application/pdf\",\"size\":48213,"
            + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
            + "\"internal\":false,\"uploader\":{\"id\":\"requester1\",\"name\":\"王小明\"},"
            + "\"createdAt\":\"2026-03-02T01:25:00Z\",\"scan\":\"clean\","
            + "\"url\":\"/api/ticket/tickets/51/attachments/3f0c6b1e-9d2a-4c4e-8f1a-2b7d5e9c0a11\"}")
public record AttachmentView(
    String id,
    long ticketId,
    Long commentId,
    String fileName,
    String contentType,
    long size,
    String sha256,
    boolean internal,
    Uploader uploader,
    OffsetDateTime createdAt,
    @Schema(
            description =
                "What the malware scanner said before the file was stored: clean (scanned, nothing"
                    + " found) or not-scanned (scanning off, or accepted while the scanner was down)",
            enumeration = {"clean", "not-scanned"})
        String scan,
    String url) {

  public record Uploader(String id, String name) {}

  static AttachmentView of(TicketAttachment a) {
    return new AttachmentView(
        a.id(),
        a.ticketId(),
        a.commentId(),
        a.fileName(),
        a.contentType(),
        a.size(),
        a.sha256(),
        a.internal(),
        new Uploader(a.uploaderId(), a.uploaderName()),
        a.createdAt(),
        a.scanOutcome().label(),
        "/api/ticket/tickets/" + a.ticketId() + "/attachments/" + a.id());
  }
}
