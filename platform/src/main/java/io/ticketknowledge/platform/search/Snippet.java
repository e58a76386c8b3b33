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
}
