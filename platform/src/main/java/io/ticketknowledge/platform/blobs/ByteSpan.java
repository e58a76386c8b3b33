package io.ticketknowledge.platform.blobs;

/** A range of bytes actually served: {@code length} bytes from {@code first}. */
public record ByteSpan(long first, long length) {

  public ByteSpan {
    if (first < 0 || length < 0) {
      throw new IllegalArgumentException("negative span " + first + "+" + length);
    }
  }

  /** All of content of {@code size} bytes. */
  public static ByteSpan whole(long size) {
    return new ByteSpan(0, size);
  }

  /** Offset of the last byte (inclusive); {@code first - 1} when empty. */
  public long last() {
    return first + length - 1;
  }

  public boolean isWhole(long size) {
    return first == 0 && length == size;
  }

  /** The {@code Content-Range} header value of a 206 answer, e.g. {@code bytes 0-99/1000}. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last() + "/" + size;
  }
}
