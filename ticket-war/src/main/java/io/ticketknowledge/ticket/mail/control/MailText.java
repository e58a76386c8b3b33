package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.platform.markdown.HtmlSanitizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an incoming mail as it becomes a ticket's description or a comment (Markdown source):
 * HTML goes through the platform's sanitizer first (nothing that could run survives) and is then
 * flattened to text; a reply is cut at our reply marker (the quoted notification below it is not
 * the person's words); control and bidi characters are dropped as the API's validation would refuse
 * them.
 */
public final class MailText {

  public static final int MAX_LENGTH = 20000;
  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/pre|hr)[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private MailText() {}

  /** Sanitized HTML reduced to its text, one line per block. */
  public static String ofHtml(String html) {
    String safe = HtmlSanitizer.sanitize(html);
    String text = BLOCK_END.matcher(safe).replaceAll("\n");
    text = text.replaceAll("(?i)<\\s*li[^>]*>", "- ");
    text = TAG.matcher(text).replaceAll("");
    return unescape(text);
  }

  /** The person's own words: above the first reply marker, without a trailing quote header. */
  public static String reply(String text, List<String> markers) {
    String cut = text;
    for (String marker : markers) {
      int at = cut.indexOf(marker);
      if (at >= 0) {
        cut = cut.substring(0, at);
      }
    }
    // the line a mail client writes above the quote ("On … wrote:", "… 寫道：")
    cut = cut.replaceFirst("(?s)\\n[^\\n]*(wrote|寫道|写道)[:：]\\s*(>[^\\n]*\\n?)*\\s*$", "\n");
    return cut;
  }

  /** Allowed characters only, trimmed, at most {@code max} characters. */
  public static String clean(String text, int max) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    text.replace("\r\n", "\n").codePoints().filter(MailText::allowed).forEach(out::appendCodePoint);
    String cleaned = out.toString().replaceAll("\\n{3,}", "\n\n").strip();
    return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
  }

  private static boolean allowed(int c) {
    if (c == '\n' || c == '\t') {
      return true;
    }
    if (Character.isISOControl(c)) {
      return false;
    }
    // bidi overrides and isolates, zero-width joiners used for spoofing
    return !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0xFEFF;
  }

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]+);");

  private static String unescape(String text) {
    return ENTITY
        .matcher(text)
        .replaceAll(
            match -> {
              String name = match.group(1);
              String decoded =
                  switch (name) {
                    case "nbsp" -> " ";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "amp" -> "&";
                    default -> {
                      if (!name.startsWith("#")) {
                        yield match.group();
                      }
                      int code =
                          name.startsWith("#x") || name.startsWith("#X")
                              ? Integer.parseInt(name.substring(2), 16)
                              : Integer.parseInt(name.substring(1));
                      yield Character.isValidCodePoint(code) && code != 0
                          ? (code == 0xA0 ? " " : Character.toString(code))
                          : "";
                    }
                  };
              return java.util.regex.Matcher.quoteReplacement(decoded);
            });
  }
}
