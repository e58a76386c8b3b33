package io.ticketknowledge.ticket.attachments.control;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code filename} with an ASCII stand-in
 * for old clients and {@code filename*} with the UTF-8 name percent-encoded (RFC 8187, formerly
 * 5987), so 「網路設定說明.pdf」 arrives intact. Only passive types are shown {@code inline}; everything
 * that a browser might run or render as a page (HTML, SVG, PDF with its scripts, archives,
 * documents) is an {@code attachment}, saved rather than opened.
 */
public final class ContentDisposition {

  /** Shown in the browser: raster images and plain text (served with nosniff). */
  static final Set<String> INLINE =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

  private ContentDisposition() {}

  public static boolean inline(String contentType) {
    return contentType != null && INLINE.contains(contentType);
  }

  /** The header value for {@code fileName} (already sanitized) of {@code contentType}. */
  public static String of(String contentType, String fileName) {
    return (inline(contentType) ? "inline" : "attachment")
        + "; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + encode(fileName);
  }

  static String asciiFallback(String fileName) {
    StringBuilder ascii = new StringBuilder();
    fileName
        .codePoints()
        .forEach(
            c -> {
              boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%';
              ascii.append(plain ? (char) c : '_');
            });
    return ascii.toString();
  }

  /** RFC 8187 value-chars: attr-char as is, every other byte of the UTF-8 form as %XX. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
