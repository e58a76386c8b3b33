package io.ticketknowledge.ticket.attachments.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part as it arrives: each part's
 * content is a stream that ends at the next boundary, so a file goes on to the blob store without
 * ever being held whole in memory or on disk here. One buffer of {@link #BUFFER} bytes per request.
 * A body that breaks the format is a 400.
 */
public final class MultipartForm {

  /** One part: its form field name, the file name it was sent with, and its bytes. */
  public record Part(String name, Optional<String> fileName, InputStream content) {}

  static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean finished;
  private PartContent current;

  public MultipartForm(InputStream body, String boundary) {
    // the first boundary has no CRLF before it: a virtual one makes every delimiter alike
    this.in =
        new SequenceInputStream(
            new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)), body);
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.current = new PartContent(); // the preamble, skipped by the first next()
  }

  /** The boundary of a {@code multipart/form-data} Content-Type; 400 when there is none. */
  public static String boundaryOf(String contentType) {
    if (contentType == null
        || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "attachment.multipart-expected");
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw malformed();
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** The next part, after skipping what is left of the current one; empty after the last. */
  public Optional<Part> next() throws IOException {
    if (current != null) {
      current.skipRest();
      current = null;
    }
    if (finished) {
      return Optional.empty();
    }
    Map<String, String> headers = readHeaders();
    String disposition = headers.get("content-disposition");
    if (disposition == null) {
      throw malformed();
    }
    Map<String, String> params = parameters(disposition);
    String name = params.get("name");
    if (name == null) {
      throw malformed();
    }
    Optional<String> fileName =
        Optional.ofNullable(params.get("filename*"))
            .map(MultipartForm::extendedValue)
            .or(() -> Optional.ofNullable(params.get("filename")));
    current = new PartContent();
    return Optional.of(new Part(name, fileName, current));
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    int total = 0;
    while (true) {
      String line = readLine();
      total += line.length() + 2;
      if (total > MAX_HEADER_BYTES) {
        throw malformed();
      }
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed();
      }
      headers.put(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
  }

  private String readLine() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < lim; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
          pos = i + 2;
          return line;
        }
      }
      int seen = lim - pos;
      if (eof || seen >= MAX_HEADER_BYTES) {
        throw malformed();
      }
      fill(seen + 1);
      if (lim - pos == seen) {
        throw malformed();
      }
    }
  }

  /** {@code form-data; name="file"; filename="a.png"}: the parameters, names in lower case. */
  static Map<String, String> parameters(String header) {
    Map<String, String> params = new LinkedHashMap<>();
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = header.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
      int j = eq + 1;
      StringBuilder value = new StringBuilder();
      if (j < header.length() && header.charAt(j) == '"') {
        j++;
        while (j < header.length() && header.charAt(j) != '"') {
          char c = header.charAt(j);
          if (c == '\\' && j + 1 < header.length()) {
            c = header.charAt(++j);
          }
          value.append(c);
          j++;
        }
        j = header.indexOf(';', j);
      } else {
        int end = header.indexOf(';', j);
        value.append(header, j, end < 0 ? header.length() : end);
        j = end;
      }
      params.putIfAbsent(key, value.toString().strip());
      i = j;
    }
    return params;
  }

  /** RFC 8187: {@code UTF-8''%E7%B6%B2...}. */
  private static String extendedValue(String value) {
    int quote = value.indexOf("''");
    if (quote < 0) {
      return value;
    }
    try {
      return URLDecoder.decode(
          value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
  }

  /** Makes at least {@code need} bytes available from {@code pos}, unless the body ends first. */
  private void fill(int need) throws IOException {
    if (lim - pos >= need || eof) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim < need && lim < buf.length) {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
        return;
      }
      lim += n;
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i + delimiter.length <= lim; i++) {
      for (int k = 0; k < delimiter.length; k++) {
        if (buf[i + k] != delimiter[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** After a delimiter: {@code --} ends the body, CRLF (maybe after padding) starts a part. */
  private void afterDelimiter() throws IOException {
    fill(2);
    if (lim - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return;
    }
    while (true) {
      fill(2);
      if (lim - pos < 2) {
        throw malformed();
      }
      if (buf[pos] == ' ' || buf[pos] == '\t') {
        pos++;
      } else if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
        pos += 2;
        return;
      } else {
        throw malformed();
      }
    }
  }

  static ApiException malformed() {
    return new ApiException(ProblemKind.BAD_REQUEST, "attachment.malformed-multipart");
  }

  /** The bytes of one part, up to the next delimiter. */
  private final class PartContent extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (done) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      fill(delimiter.length + 2);
      int at = indexOfDelimiter();
      if (at == pos) {
        done = true;
        pos += delimiter.length;
        afterDelimiter();
        return -1;
      }
      int available;
      if (at >= 0) {
        available = at - pos;
      } else if (eof) {
        throw malformed(); // the body ended inside a part
      } else {
        available = lim - pos - (delimiter.length - 1);
      }
      int n = Math.min(length, available);
      System.arraycopy(buf, pos, target, offset, n);
      pos += n;
      return n;
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }

    @Override
    public void close() {
      // the request's stream belongs to the container
    }
  }
}
