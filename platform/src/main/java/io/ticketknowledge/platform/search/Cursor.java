package io.ticketknowledge.platform.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque position after the last hit of a page: the sort values of that hit (score or field
 * value, then id), tied to the sort order it was issued for. Adapters turn it into their
 * search-after values.
 *
 * @param primary the score (Double) or the sort field's value (Long)
 */
public record Cursor(Object primary, String id) {

  private static final String VERSION = "c1";
  private static final char SEPARATOR = '\u001f';

  public String encode(SortOrder sort) {
    String kind = primary instanceof Double ? "d" : "l";
    String text =
        VERSION + SEPARATOR + sort.signature() + SEPARATOR + kind + primary + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor issued for the same sort order.
   *
   * @throws InvalidQueryException for anything else
   */
  public static Cursor decode(String cursor, SortOrder sort) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      List<String> parts = split(text);
      if (parts.size() != 4
          || !VERSION.equals(parts.get(0))
          || !sort.signature().equals(parts.get(1))
          || parts.get(3).isEmpty()) {
        throw invalid();
      }
      String value = parts.get(2);
      boolean relevance = sort.byRelevance();
      if (relevance && value.startsWith("d")) {
        double score = Double.parseDouble(value.substring(1));
        if (!Double.isFinite(score)) {
          throw invalid();
        }
        return new Cursor(score, parts.get(3));
      }
      if (!relevance && value.startsWith("l")) {
        return new Cursor(Long.parseLong(value.substring(1)), parts.get(3));
      }
      throw invalid();
    } catch (IllegalArgumentException e) {
      // also NumberFormatException and bad Base64
      throw invalid();
    }
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    // the id comes last and may itself hold the separator
    for (int i = 0; i < text.length() && parts.size() < 3; i++) {
      if (text.charAt(i) == SEPARATOR) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static InvalidQueryException invalid() {
    return new InvalidQueryException("problem.invalid-cursor.detail");
  }
}
