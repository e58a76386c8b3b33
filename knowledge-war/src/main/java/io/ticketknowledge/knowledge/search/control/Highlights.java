package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.platform.search.Snippet;

/**
 * A snippet as HTML: the original text escaped, each match wrapped in {@code <mark>}. Escaping
 * happens piece by piece, so the highlight offsets (into the raw text) stay right.
 */
public final class Highlights {

  private Highlights() {}

  public static String html(Snippet snippet) {
    String text = snippet.text();
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Snippet.Range range : snippet.highlights()) {
      int start = Math.max(at, Math.min(range.start(), text.length()));
      int end = Math.max(start, Math.min(range.end(), text.length()));
      escape(text, at, start, out);
      if (end > start) {
        out.append("<mark>");
        escape(text, start, end, out);
        out.append("</mark>");
      }
      at = end;
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
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
