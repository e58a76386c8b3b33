package io.ticketknowledge.platform.search;

/**
 * How hits are ordered: by relevance (best first) or by a date/number field. Ties are always broken
 * by document id, ascending, so pages are stable.
 *
 * @param field null for relevance
 */
public record SortOrder(String field, boolean descending) {

  public static SortOrder relevance() {
    return new SortOrder(null, true);
  }

  public static SortOrder ascending(String field) {
    return new SortOrder(field, false);
  }

  public static SortOrder descending(String field) {
    return new SortOrder(field, true);
  }

  public boolean byRelevance() {
    return field == null;
  }

  /** Written into cursors: a cursor only continues the order it was issued for. */
  String signature() {
    return byRelevance() ? "_score" : field + (descending ? ":desc" : ":asc");
  }
}
