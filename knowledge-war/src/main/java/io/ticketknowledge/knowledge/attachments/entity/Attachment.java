package io.ticketknowledge.knowledge.attachments.entity;

import io.ticketknowledge.platform.scan.ScanOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An image or file of an article; its bytes live in the blob store under {@code blobKey}. */
@Entity
@Table(schema = "knowledge", name = "article_attachments")
public class Attachment {

  @Id
  @SequenceGenerator(
      name = "article_attachments_ids",
      schema = "knowledge",
      sequenceName = "article_attachments_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_attachments_ids")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(name = "blob_key", nullable = false, length = 100)
  private String blobKey;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "scan_outcome", nullable = false, length = 16, updatable = false)
  private ScanOutcome scanOutcome = ScanOutcome.NOT_SCANNED;

  protected Attachment() {}

  public Attachment(
      long articleId,
      String blobKey,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy) {
    this.articleId = articleId;
    this.blobKey = blobKey;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
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

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** What the malware scanner said of the file before it was stored (never INFECTED). */
  public ScanOutcome scanOutcome() {
    return scanOutcome;
  }

  /** Before it is persisted: what the scanner said of the bytes. */
  public Attachment scanned(ScanOutcome outcome) {
    if (outcome == ScanOutcome.INFECTED) {
      throw new IllegalArgumentException("an infected file is never stored");
    }
    this.scanOutcome = outcome;
    return this;
  }
}
