package io.ticketknowledge.platform.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Content being read from the store: a stream of the {@code served} bytes of a blob of {@code
 * totalSize} bytes. A resource answers 206 with {@code served.contentRange(totalSize)} when {@code
 * partial()}, else 200. Close it.
 */
public record BlobContent(InputStream stream, String contentType, long totalSize, ByteSpan served)
    implements AutoCloseable {

  public boolean partial() {
    return !served.isWhole(totalSize);
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
