package io.ticketknowledge.ticket.attachments.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code maxBytes} bytes of a file and fails with a 413 as soon as one more arrives,
 * while it streams (the blob port then aborts what it began storing and rethrows this failure).
 */
final class UploadLimit extends FilterInputStream {

  private final long maxBytes;
  private long read;

  UploadLimit(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > maxBytes) {
      throw new ApiException(ProblemKind.BODY_TOO_LARGE, "attachment.too-large", maxBytes);
    }
  }
}
