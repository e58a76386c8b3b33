package io.ticketknowledge.platform.search;

import java.util.List;

/**
 * An excerpt of a field's original text with the ranges that matched the query, as character
 * offsets into {@link #text()}. The ranges are not markup: the caller escapes and marks them up.
 */
public record Snippet(String text, List<Range> highlights) {

  /** [start, end) within the snippet text. */
  public record Range(int start, int end) {}

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /**
   * The text with each highlight wrapped in {@code open}/{@code close}; the text is not escaped.
   */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Range range : highlights) {
      out.append(text, at, range.start()).append(open);
      out.append(text, range.start(), range.end()).append(close);
      at = range.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * The snippet as HTML: the text escaped, each highlight wrapped in {@code <mark>}. Escaping
   * happens piece by piece, so the offsets (into the raw text) stay right.
   */
  public String html() {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Range range : highlights) {
      int start = Math.max(at, Math.min(range.start(), text.length()));
      int end = Math.max(start, Math.min(range.end(), text.length()));
      escape(at, start, out);
      if (end > start) {
        out.append("<mark>");
        escape(start, end, out);
        out.append("</mark>");
      }
      at = end;
    }
    escape(at, text.length(), out);
    return out.toString();
  }

  private void escape(int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
