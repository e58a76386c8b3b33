package io.ticketknowledge.platform.scan;

import io.ticketknowledge.platform.audit.AuditObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an upload path calls before anything is stored: the body is scanned while it is copied to a
 * temporary file (one pass over the request), and only a body the scanner let through comes back,
 * as a {@link ScreenedUpload} to store from.
 *
 * <ul>
 *   <li>infected: the copy is deleted, the refusal audited ({@link MalwareAudit}), {@link
 *       MalwareFoundException} (422) thrown;
 *   <li>too large to scan: {@link ScanTooLargeException} (413);
 *   <li>scanner down: {@link ScannerUnavailableException} (503) under {@code
 *       tk.scan.when-unavailable=reject}; under {@code accept-unscanned} the rest of the body is
 *       copied and the upload comes back {@code not-scanned}.
 * </ul>
 *
 * Whatever fails, the temporary file is gone when this returns without a result.
 */
public final class UploadScreening {

  private static final Logger LOG = Logger.getLogger(UploadScreening.class.getName());

  private final MalwareScanner scanner;
  private final ScanSettings.WhenUnavailable whenUnavailable;
  private final Path spoolDir;

  /** Temporary files in the JVM's temporary directory ({@code java.io.tmpdir}). */
  public UploadScreening(MalwareScanner scanner, ScanSettings.WhenUnavailable whenUnavailable) {
    this(scanner, whenUnavailable, Path.of(System.getProperty("java.io.tmpdir")));
  }

  public UploadScreening(
      MalwareScanner scanner, ScanSettings.WhenUnavailable whenUnavailable, Path spoolDir) {
    this.scanner = scanner;
    this.whenUnavailable = whenUnavailable;
    this.spoolDir = spoolDir;
  }

  /**
   * Scans {@code content} to its end.
   *
   * @param about the object the upload was for (audited with a refusal)
   * @param fileName the name the client gave, for the audit record
   */
  public ScreenedUpload screen(InputStream content, AuditObject about, String fileName) {
    Path spool = null;
    boolean handedOver = false;
    try {
      spool = Files.createTempFile(spoolDir, "tk-upload-", ".part");
      try (OutputStream copy = Files.newOutputStream(spool)) {
        Copying copying = new Copying(content, copy);
        ScanVerdict verdict = scan(copying);
        if (verdict.infected()) {
          String signature = verdict.signature().orElseThrow();
          MalwareAudit.refused(about, fileName, verdict);
          LOG.warning(() -> "upload for " + about + " refused: " + signature + " FOUND");
          throw new MalwareFoundException(signature);
        }
        copying.transferTo(OutputStream.nullOutputStream()); // what the scanner left unread
        copy.close();
        handedOver = true;
        return new ScreenedUpload(spool, copying.copied, verdict);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("copying the upload failed", e);
    } finally {
      if (!handedOver && spool != null) {
        delete(spool);
      }
    }
  }

  private ScanVerdict scan(Copying copying) {
    try {
      return scanner.scan(copying);
    } catch (ScannerUnavailableException e) {
      if (whenUnavailable == ScanSettings.WhenUnavailable.REJECT) {
        throw e;
      }
      LOG.warning(() -> "scanner down, upload accepted NOT scanned: " + e.getMessage());
      return ScanVerdict.notScanned(scanner.name());
    }
  }

  static void delete(Path spool) {
    try {
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "temporary upload " + spool + " not deleted", e);
    }
  }

  /** The body as the scanner reads it, every byte also written to the temporary file. */
  private static final class Copying extends FilterInputStream {

    private final OutputStream copy;
    long copied;

    Copying(InputStream in, OutputStream copy) {
      super(in);
      this.copy = copy;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        copy.write(b);
        copied++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        copy.write(buffer, offset, n);
        copied += n;
      }
      return n;
    }

    @Override
    public long skip(long n) {
      throw new UnsupportedOperationException("every byte is copied");
    }
  }
}
