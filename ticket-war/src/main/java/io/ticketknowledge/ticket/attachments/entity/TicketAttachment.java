package io.ticketknowledge.ticket.attachments.entity;

import io.ticketknowledge.platform.scan.ScanOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A file attached to a ticket or to one of its comments; its bytes live in the blob store under
 * {@code blobKey}. The id is a random UUID, so one attachment's URL tells nothing about another's.
 * An attachment of an internal note is internal: agents only.
 */
@Entity
@Table(schema = "ticket", name = "ticket_attachments")
public class TicketAttachment {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "comment_id", updatable = false)
  private Long commentId;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  @Column(name = "blob_key", nullable = false, length = 100, updatable = false)
  private String blobKey;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "uploader_id", nullable = false, updatable = false)
  private String uploaderId;

  @Column(name = "uploader_name", nullable = false, updatable = false)
  private String uploaderName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "scan_outcome", nullable = false, length = 16, updatable = false)
  private ScanOutcome scanOutcome = ScanOutcome.NOT_SCANNED;

  protected TicketAttachment() {}

  public TicketAttachment(
      long ticketId,
      Long commentId,
      boolean internal,
      String blobKey,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploaderId,
      String uploaderName) {
    this.id = UUID.randomUUID().toString();
    this.ticketId = ticketId;
    this.commentId = commentId;
    this.internal = internal;
    this.blobKey = blobKey;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploaderId = uploaderId;
    this.uploaderName = uploaderName;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public String id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public Long commentId() {
    return commentId;
  }

  public boolean internal() {
    return internal;
  }

  public String blobKey() {
    return blobKey;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String uploaderId() {
    return uploaderId;
  }

  public String uploaderName() {
    return uploaderName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** What the malware scanner said of the file before it was stored (never INFECTED). */
  public ScanOutcome scanOutcome() {
    return scanOutcome;
  }

  /** Before it is persisted: what the scanner said of the bytes. */
  public TicketAttachment scanned(ScanOutcome outcome) {
    if (outcome == ScanOutcome.INFECTED) {
      throw new IllegalArgumentException("an infected file is never stored");
    }
    this.scanOutcome = outcome;
    return this;
  }
}
