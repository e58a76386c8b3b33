package io.ticketknowledge.platform.search;

/** What a field of an index holds and therefore what a query may do with it. */
public enum FieldType {
  /** Full text: analyzed (zh-TW and English), searched, highlighted. Value: a String. */
  TEXT,
  /** Exact values for filters, permissions and facets. Value: a String or a collection of them. */
  KEYWORD,
  /** A point in time for sort and ranges. Value: an {@link java.time.Instant}. */
  DATE,
  /** A whole number for sort and ranges. Value: a Long (or another integral Number). */
  LONG
}
