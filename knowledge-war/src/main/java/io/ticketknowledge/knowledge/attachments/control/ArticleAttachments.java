package io.ticketknowledge.knowledge.attachments.control;

import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.attachments.entity.Attachment;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.BlobStore;
import io.ticketknowledge.platform.blobs.ByteRange;
import io.ticketknowledge.platform.blobs.StoredBlob;
import io.ticketknowledge.platform.blobs.UploadHints;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.scan.ScanOutcome;
import io.ticketknowledge.platform.scan.ScreenedUpload;
import io.ticketknowledge.platform.scan.UploadScreening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Images and files of articles through the blob port. Whoever may read the article may read its
 * attachments (the same audience check, 404 otherwise); editors and admins add and remove them. An
 * upload is screened for malware first (the platform's {@link UploadScreening}: infected is 422 and
 * audited, scanner down 503 by default); only a file the scanner let through is stored.
 */
@ApplicationScoped
public class ArticleAttachments {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ArticleQueries queries;
  @Inject BlobStore blobs;
  @Inject AttachmentRows rows;
  @Inject UploadScreening screening;

  /**
   * Screens the bytes, stores them (outside any transaction: an upload may take long), then the
   * row; a failed row leaves no orphan blob.
   */
  public Attachment add(
      long articleId, InputStream content, String declaredType, String fileName, Reader editor) {
    if (!editor.isStaff()) {
      throw new ApiException(ProblemKind.FORBIDDEN, null);
    }
    queries.existing(articleId);
    StoredBlob blob;
    ScanOutcome outcome;
    try (ScreenedUpload screened =
            screening.screen(content, AuditObject.of("article", articleId), fileName);
        InputStream checked = screened.open()) {
      blob = blobs.put(checked, UploadHints.of(declaredType, fileName));
      outcome = screened.verdict().outcome();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the screened upload failed", e);
    }
    try {
      return record(articleId, blob, fileName, outcome, editor);
    } catch (RuntimeException e) {
      blobs.delete(blob.key());
      throw e;
    }
  }

  private Attachment record(
      long articleId, StoredBlob blob, String fileName, ScanOutcome outcome, Reader editor) {
    return rows.insert(
        new Attachment(
                articleId,
                blob.key(),
                fileName == null || fileName.isBlank() ? "attachment" : fileName,
                blob.contentType(),
                blob.size(),
                blob.sha256(),
                editor.id())
            .scanned(outcome));
  }

  public List<Attachment> of(long articleId, Reader reader) {
    queries.visible(articleId, reader);
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.articleId = :id ORDER BY a.id", Attachment.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /** The attachment if the reader may read its article; 404 otherwise. */
  public Attachment visible(long articleId, long attachmentId, Reader reader) {
    queries.visible(articleId, reader);
    Attachment attachment = rows.find(attachmentId);
    if (attachment == null || attachment.articleId() != articleId) {
      throw ApiException.notFound("knowledge.attachment.not-found", attachmentId);
    }
    return attachment;
  }

  public BlobContent content(Attachment attachment, Optional<ByteRange> range) {
    return blobs.get(attachment.blobKey(), range);
  }

  /** The row goes first: a blob left behind by a failed delete is unreachable, never dangling. */
  public void remove(long articleId, long attachmentId, Reader editor) {
    if (!editor.isStaff()) {
      throw new ApiException(ProblemKind.FORBIDDEN, null);
    }
    Attachment attachment = visible(articleId, attachmentId, editor);
    rows.delete(attachment.id());
    blobs.delete(attachment.blobKey());
  }
}
