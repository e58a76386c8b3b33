package io.ticketknowledge.platform.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The caller's stream as an adapter reads it: at most {@code maxBytes} (one more is {@link
 * ScanTooLargeException}), and a failure to read it is the caller's ({@link UncheckedIOException}),
 * never mistaken for the scanner's.
 */
final class ScanInput {

  private final InputStream content;
  private final long maxBytes;
  private long read;

  ScanInput(InputStream content, long maxBytes) {
    this.content = content;
    this.maxBytes = maxBytes;
  }

  /** Fills {@code buffer} as far as the stream goes; -1 at its end. */
  int read(byte[] buffer) {
    int n;
    try {
      n = content.readNBytes(buffer, 0, buffer.length);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the content to scan failed", e);
    }
    if (n == 0 && buffer.length > 0) {
      return -1;
    }
    read += n;
    if (read > maxBytes) {
      throw ScanTooLargeException.over(maxBytes);
    }
    return n;
  }

  long bytesRead() {
    return read;
  }
}
