package io.ticketknowledge.platform.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (CommonMark plus GitHub tables, strikethrough and autolinks) to HTML that is safe to put
 * into a page as it is. Two layers: raw HTML in the source is escaped and unsafe link destinations
 * are dropped while rendering, and the output then passes the {@link HtmlSanitizer} allow-list, so
 * a gap in one layer is closed by the other. Thread-safe.
 */
public final class MarkdownRenderer {

  /** Longest source accepted; the callers' validation should refuse longer texts first. */
  public static final int MAX_SOURCE_LENGTH = 200_000;

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .percentEncodeUrls(true)
          .build();

  private MarkdownRenderer() {}

  /** The sanitized HTML of {@code markdown}; null or blank gives an empty string. */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    if (markdown.length() > MAX_SOURCE_LENGTH) {
      throw new IllegalArgumentException("Markdown longer than " + MAX_SOURCE_LENGTH);
    }
    return HtmlSanitizer.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
