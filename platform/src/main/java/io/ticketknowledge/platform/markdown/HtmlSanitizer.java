package io.ticketknowledge.platform.markdown;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Reduces HTML to an allow-list of elements and attributes that cannot run script: text structure,
 * links and images with http(s)/mailto or same-origin relative URLs, tables, code. Every other
 * element is dropped (its text kept unless it is script-like), every other attribute removed, every
 * other URL scheme ({@code javascript:}, {@code data:}, {@code vbscript:}, ...) refused. Links get
 * {@code rel="nofollow noopener noreferrer"}. Thread-safe.
 */
public final class HtmlSanitizer {

  private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}");
  private static final Pattern CELL_ALIGN = Pattern.compile("left|center|right");
  // relative URLs only below the application's own paths: no "//host" (scheme-relative) tricks
  private static final Pattern RELATIVE_URL = Pattern.compile("/(?!/)[^\\s\\\\]*|#[^\\s]*");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "strong",
              "em",
              "del",
              "s",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "a",
              "img",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching((element, attribute, value) -> isAllowedUrl(value, true) ? value : null)
          .onElements("a")
          .allowAttributes("title")
          .onElements("a", "img")
          .allowAttributes("src")
          .matching((element, attribute, value) -> isAllowedUrl(value, false) ? value : null)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("class")
          .matching(CODE_LANGUAGE)
          .onElements("code")
          .allowAttributes("align")
          .matching(CELL_ALIGN)
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private HtmlSanitizer() {}

  /** The allow-listed part of {@code html}; null or blank gives an empty string. */
  public static String sanitize(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return POLICY.sanitize(html);
  }

  /**
   * http(s) and (for links) mailto URLs, or a path/fragment on this site. The policy also checks
   * the protocol; this guard catches what a decoded value could still hide (control characters,
   * backslashes some browsers read as slashes).
   */
  static boolean isAllowedUrl(String value, boolean link) {
    String url = value.strip();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return false;
      }
    }
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return true;
    }
    if (link && lower.startsWith("mailto:")) {
      return true;
    }
    return RELATIVE_URL.matcher(url).matches();
  }
}
