package io.ticketknowledge.ticket.attachments.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes the file name a client sent safe to store and to send back in a {@code Content-Disposition}
 * header, keeping what people wrote (Chinese names stay as they are): only the last path segment
 * (no {@code ../}, no drive or directory), no control or bidirectional-override characters (which
 * can make {@code exe.txt} look like {@code txt.exe}), none of the characters Windows refuses, no
 * leading dots (hidden files, {@code ..}) or trailing dots and spaces, at most {@link #MAX_LENGTH}
 * characters with the extension kept. The name is only ever shown: the stored key is random.
 */
public final class AttachmentNames {

  public static final int MAX_LENGTH = 200;
  public static final String FALLBACK = "attachment";

  /** Controls (C0, DEL, C1) and format characters: bidi overrides, isolates, zero-width marks. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

  private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

  private AttachmentNames() {}

  public static String sanitize(String raw) {
    if (raw == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = INVISIBLE.matcher(name).replaceAll("");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = RESERVED.matcher(name).replaceAll("_");
    name = name.strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    name = name.replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      return FALLBACK;
    }
    return shorten(name);
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String base = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
    return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
  }
}
