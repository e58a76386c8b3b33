package io.ticketknowledge.ticket.privacy.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows as PostgreSQL's and H2's drivers hand them over. */
final class Columns {

  private Columns() {}

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static boolean flag(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  static Integer months(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    if (value instanceof Instant time) {
      return time;
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  /** A time as a native query parameter: a Timestamp, which both drivers bind alike. */
  static Timestamp utc(Instant instant) {
    return Timestamp.from(instant);
  }
}
