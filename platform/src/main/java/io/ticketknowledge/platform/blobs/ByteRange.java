package io.ticketknowledge.platform.blobs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 §14.1.2), before the size of the content
 * is known: {@code bytes=0-99}, {@code bytes=100-} or {@code bytes=-500}.
 */
public sealed interface ByteRange {

  /** Matches one range-spec; a header with several ranges is not supported and is ignored. */
  Pattern SINGLE = Pattern.compile("(?i)bytes=\\s*(\\d{0,18})-(\\d{0,18})\\s*");

  /** {@code first-last}, both inclusive. */
  record Closed(long first, long last) implements ByteRange {
    public Closed {
      if (first < 0 || last < first) {
        throw new IllegalArgumentException("need 0 <= first <= last: " + first + "-" + last);
      }
    }

    @Override
    public ByteSpan resolve(long size) {
      if (first >= size) {
        throw BlobRefusedException.rangeNotSatisfiable(size);
      }
      return new ByteSpan(first, Math.min(last, size - 1) - first + 1);
    }
  }

  /** {@code first-}: from an offset to the end. */
  record From(long first) implements ByteRange {
    public From {
      if (first < 0) {
        throw new IllegalArgumentException("negative offset " + first);
      }
    }

    @Override
    public ByteSpan resolve(long size) {
      if (first >= size) {
        throw BlobRefusedException.rangeNotSatisfiable(size);
      }
      return new ByteSpan(first, size - first);
    }
  }

  /** {@code -length}: the last bytes. */
  record Suffix(long length) implements ByteRange {
    public Suffix {
      if (length < 0) {
        throw new IllegalArgumentException("negative suffix length " + length);
      }
    }

    @Override
    public ByteSpan resolve(long size) {
      if (length == 0 || size == 0) {
        throw BlobRefusedException.rangeNotSatisfiable(size);
      }
      long served = Math.min(length, size);
      return new ByteSpan(size - served, served);
    }
  }

  /**
   * The part of content of {@code size} bytes this range selects, clipped to the content.
   *
   * @throws BlobRefusedException {@code RANGE_NOT_SATISFIABLE} when the range selects nothing of it
   */
  ByteSpan resolve(long size);

  static ByteRange of(long first, long last) {
    return new Closed(first, last);
  }

  static ByteRange from(long first) {
    return new From(first);
  }

  static ByteRange last(long length) {
    return new Suffix(length);
  }

  /**
   * Reads a {@code Range} header value. Empty when there is none, or when it is one the server may
   * ignore (RFC 9110 §14.2): another unit, several ranges, or a malformed or inverted range. The
   * content is then served whole.
   */
  static Optional<ByteRange> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String first = m.group(1);
    String last = m.group(2);
    if (first.isEmpty()) {
      return last.isEmpty() ? Optional.empty() : Optional.of(last(Long.parseLong(last)));
    }
    long start = Long.parseLong(first);
    if (last.isEmpty()) {
      return Optional.of(from(start));
    }
    long end = Long.parseLong(last);
    return end < start ? Optional.empty() : Optional.of(of(start, end));
  }
}
