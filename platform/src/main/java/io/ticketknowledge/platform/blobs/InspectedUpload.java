package io.ticketknowledge.platform.blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload whose type was accepted, read through once by an adapter: counts the bytes, computes
 * their SHA-256 on the way, and fails with {@link TooLarge} (an IOException, so that the S3 client
 * aborts a multipart upload it began) as soon as the limit is passed. Holds only the detection
 * prefix in memory.
 */
final class InspectedUpload extends InputStream {

  /** Read past the size limit. An IOException on purpose: see the class comment. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("upload exceeds " + limit + " bytes");
    }
  }

  /**
   * The client's stream failed with an unchecked exception (e.g. a request size filter's 413). As
   * an IOException it makes the S3 client abort its multipart upload too; adapters then rethrow the
   * original.
   */
  static final class ClientStreamFailed extends IOException {
    ClientStreamFailed(RuntimeException cause) {
      super("the upload stream failed", cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  private final InputStream content;
  private final String contentType;
  private final long maxBytes;
  private final MessageDigest sha256;
  private long size;
  private boolean overLimit;
  private RuntimeException clientFailure;

  private InspectedUpload(InputStream content, String contentType, long maxBytes) {
    this.content = content;
    this.contentType = contentType;
    this.maxBytes = maxBytes;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Reads the first bytes, detects the type and refuses the upload (415) before anything is stored
   * when the policy does not accept it.
   */
  static InspectedUpload inspect(
      InputStream raw, UploadHints hints, BlobPolicy policy, ContentTypeDetector detector)
      throws IOException {
    byte[] prefix = raw.readNBytes(detector.prefixLength());
    String type = detector.detect(prefix, hints);
    if (!policy.accepts(type)) {
      throw BlobProblems.typeRefused(type, policy.allowedTypes());
    }
    return new InspectedUpload(
        new SequenceInputStream(new ByteArrayInputStream(prefix), raw), type, policy.maxBytes());
  }

  String contentType() {
    return contentType;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Bytes read so far; the blob's size once the stream is at its end. */
  long size() {
    return size;
  }

  /** Whether reading stopped at the limit, however the failure surfaced from the adapter. */
  boolean overLimit() {
    return overLimit;
  }

  /** SHA-256 of the bytes read, lower-case hex; call once, at the end. */
  String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = content.read();
    } catch (RuntimeException e) {
      throw clientFailed(e);
    }
    if (b >= 0) {
      count(1);
      sha256.update((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = content.read(buffer, offset, length);
    } catch (RuntimeException e) {
      throw clientFailed(e);
    }
    if (n > 0) {
      count(n);
      sha256.update(buffer, offset, n);
    }
    return n;
  }

  private ClientStreamFailed clientFailed(RuntimeException e) {
    clientFailure = e;
    return new ClientStreamFailed(e);
  }

  /**
   * The unchecked exception the client's stream failed with, to rethrow as it was whatever wrapped
   * it on its way out of the adapter's client; or null.
   */
  RuntimeException clientFailure() {
    return clientFailure;
  }

  private void count(int n) throws TooLarge {
    size += n;
    if (size > maxBytes) {
      overLimit = true;
      throw new TooLarge(maxBytes);
    }
  }

  /** Leaves the client's stream to its owner (the caller of {@link BlobStore#put}). */
  @Override
  public void close() {}
}
