package io.ticketknowledge.ticket.satisfaction.boundary;

/**
 * JSON examples of the CSAT API's OpenAPI annotations (annotation values must be constants). Shapes
 * follow {@link RatingRequest}, {@link RatingView}, {@code SummaryRow} and {@link
 * TicketSatisfactionView}; absent fields are the null ones, which JSON-B leaves out. The token's
 * MAC is made up.
 */
final class SatisfactionExamples {

  private SatisfactionExamples() {}

  /** {@code <ticketId>.<resolvedAt ms>.<expires s>.<mac>}: ticket 123, 14 days to answer. */
  private static final String TOKEN =
      "123.1772420400000.1773630000.jetlOW97X-26P5DtIAHYp_z2RxLA3Nkm-iTDMXYk6ek";

  static final String RATING_REQUEST =
      "{\"token\":\"" + TOKEN + "\",\"rating\":\"GOOD\",\"comment\":\"處理得很快，謝謝！\"}";

  static final String BAD_RATING_REQUEST =
      "{\"token\":\"" + TOKEN + "\",\"rating\":\"BAD\",\"comment\":\"The printer jams again.\"}";

  static final String RATING =
      "{\"ticketId\":123,\"rating\":\"GOOD\",\"comment\":\"處理得很快，謝謝！\","
          + "\"resolvedAt\":\"2026-03-02T03:00:00Z\",\"ratedAt\":\"2026-03-02T05:12:00Z\","
          + "\"agentId\":\"u-2001\",\"groupId\":2}";

  static final String SUMMARY_BY_AGENT =
      "[{\"key\":\"u-2001\",\"good\":18,\"bad\":2,\"total\":20,\"score\":0.9},"
          + "{\"key\":\"u-2002\",\"good\":7,\"bad\":1,\"total\":8,\"score\":0.875},"
          + "{\"good\":1,\"bad\":1,\"total\":2,\"score\":0.5}]";

  static final String SUMMARY_BY_MONTH =
      "[{\"key\":\"2026-02\",\"good\":41,\"bad\":9,\"total\":50,\"score\":0.82},"
          + "{\"key\":\"2026-03\",\"good\":26,\"bad\":4,\"total\":30,\"score\":0.8666666666666667}]";

  /** The requester of a resolved ticket not rated yet: the survey link. */
  static final String FOR_REQUESTER =
      "{\"ticketId\":123,\"survey\":{\"url\":\"/satisfaction?token="
          + TOKEN
          + "\",\"token\":\""
          + TOKEN
          + "\",\"expiresAt\":\"2026-03-16T03:00:00Z\"},\"ratings\":[]}";

  /** An agent who sees the ticket: its ratings. */
  static final String FOR_AGENT = "{\"ticketId\":123,\"ratings\":[" + RATING + "]}";
}
