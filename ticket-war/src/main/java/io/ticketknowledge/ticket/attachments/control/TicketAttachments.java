package io.ticketknowledge.ticket.attachments.control;

import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.BlobStore;
import io.ticketknowledge.platform.blobs.ByteRange;
import io.ticketknowledge.platform.blobs.ContentTypeDetector;
import io.ticketknowledge.platform.blobs.StoredBlob;
import io.ticketknowledge.platform.blobs.UploadHints;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.scan.ScanOutcome;
import io.ticketknowledge.platform.scan.ScreenedUpload;
import io.ticketknowledge.platform.scan.UploadScreening;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments of tickets and comments through the blob port. An upload is checked before a byte is
 * stored (may this user attach here?), then streamed from the multipart body: its type detected
 * from the first bytes (the platform's {@link ContentTypeDetector}, never the declared type or the
 * name) and checked against {@code tk.tickets.attachments.allowed-types} (415), its size against
 * {@code tk.tickets.attachments.max-bytes} (413) while it streams; then it is screened for malware
 * (the platform's {@link UploadScreening}: infected is 422 and audited, scanner down 503 by
 * default) and only a file the scanner let through reaches the blob store, its SHA-256 computed by
 * the port on the way. The row, with the scan's outcome, follows in its own transaction; a failed
 * row deletes the stored bytes.
 */
@ApplicationScoped
public class TicketAttachments {

  /** Tika's table is parsed once. */
  private static final class Detector {
    static final ContentTypeDetector INSTANCE = new ContentTypeDetector();
  }

  @Inject BlobStore blobs;
  @Inject AttachmentRecords records;
  @Inject UploadScreening screening;

  @Inject
  @ConfigProperty(name = "tk.tickets.attachments.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "tk.tickets.attachments.allowed-types")
  List<String> allowedTypes;

  public TicketAttachment upload(
      long ticketId, Long commentId, String contentType, InputStream body, CurrentUser user) {
    // who may attach is settled before the body is read
    AttachmentTarget target = records.target(ticketId, commentId, user);
    MultipartForm form = new MultipartForm(body, MultipartForm.boundaryOf(contentType));
    try {
      MultipartForm.Part file = filePart(form);
      return attachTo(target, ticketId, file.fileName().orElse(null), file.content(), user);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload failed", e);
    }
  }

  /**
   * Attaches a file that did not come as a form upload (a mail's attachment) by the same checks:
   * name cleaned, type detected from the bytes and allowed, size limited, scanned.
   */
  public TicketAttachment attach(
      long ticketId, Long commentId, String fileName, InputStream content, CurrentUser user) {
    AttachmentTarget target = records.target(ticketId, commentId, user);
    try {
      return attachTo(target, ticketId, fileName, content, user);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the attachment failed", e);
    }
  }

  private TicketAttachment attachTo(
      AttachmentTarget target,
      long ticketId,
      String fileName,
      InputStream content,
      CurrentUser user)
      throws IOException {
    String name = AttachmentNames.sanitize(fileName);
    Screened stored = store(new UploadLimit(content, maxBytes), name, ticketId);
    try {
      return records.add(target, stored.blob(), name, stored.outcome(), user);
    } catch (RuntimeException e) {
      blobs.delete(stored.blob().key());
      throw e;
    }
  }

  private static MultipartForm.Part filePart(MultipartForm form) throws IOException {
    for (Optional<MultipartForm.Part> part = form.next(); part.isPresent(); part = form.next()) {
      if (part.get().name().equals("file")) {
        return part.get();
      }
    }
    throw new ApiException(ProblemKind.BAD_REQUEST, "attachment.file-missing");
  }

  /** The stored bytes and what the scanner said of them. */
  private record Screened(StoredBlob blob, ScanOutcome outcome) {}

  private Screened store(InputStream content, String name, long ticketId) throws IOException {
    ContentTypeDetector detector = Detector.INSTANCE;
    byte[] prefix = content.readNBytes(detector.prefixLength());
    UploadHints hints = UploadHints.of(null, name);
    String type = detector.detect(prefix, hints);
    Set<String> accepted = accepted();
    if (!accepted.contains(type)) {
      throw new ApiException(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE,
          "attachment.type-refused",
          type,
          String.join(", ", accepted));
    }
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(prefix), content);
    try (ScreenedUpload screened =
            screening.screen(whole, AuditObject.of("ticket", ticketId), name);
        InputStream checked = screened.open()) {
      return new Screened(blobs.put(checked, hints), screened.verdict().outcome());
    }
  }

  private Set<String> accepted() {
    Set<String> types = new TreeSet<>();
    allowedTypes.forEach(type -> types.add(type.strip().toLowerCase(java.util.Locale.ROOT)));
    return types;
  }

  public BlobContent content(TicketAttachment attachment, Optional<ByteRange> range) {
    return blobs.get(attachment.blobKey(), range);
  }

  /** The row goes first: bytes left behind by a failed delete are unreachable, never dangling. */
  public void remove(long ticketId, String attachmentId, CurrentUser user) {
    TicketAttachment removed = records.remove(ticketId, attachmentId, user);
    blobs.delete(removed.blobKey());
  }
}
