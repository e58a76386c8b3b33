package io.ticketknowledge.platform.blobs;

import java.io.InputStream;

/**
 * Content made up while it is read, never held: a header (so the type is known), then pseudo-random
 * bytes that depend only on their position. Calls {@code atMark} once when {@code mark} bytes have
 * been handed out.
 */
final class GeneratedContent extends InputStream {

  private final byte[] header;
  private final long size;
  private final long mark;
  private final Runnable atMark;
  private long position;

  GeneratedContent(byte[] header, long size, long mark, Runnable atMark) {
    this.header = header;
    this.size = size;
    this.mark = mark;
    this.atMark = atMark;
  }

  GeneratedContent(byte[] header, long size) {
    this(header, size, Long.MAX_VALUE, () -> {});
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = byteAt(position + i);
    }
    if (position < mark && position + n >= mark) {
      atMark.run();
    }
    position += n;
    return n;
  }

  private byte byteAt(long at) {
    if (at < header.length) {
      return header[(int) at];
    }
    long z = (at >>> 3) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (byte) (z >>> ((at & 7) * 8));
  }
}
