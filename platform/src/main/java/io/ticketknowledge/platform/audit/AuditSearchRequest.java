package io.ticketknowledge.platform.audit;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The query parameters of an audit search, parsed once into an {@link AuditQuery}: an unknown
 * action or outcome, a malformed instant or cursor, or a limit out of range is a 400 naming the
 * parameter.
 */
public final class AuditSearchRequest {

  private AuditSearchRequest() {}

  public static AuditQuery of(
      String subject,
      String action,
      String objectType,
      String objectId,
      String outcome,
      String from,
      String to,
      String cursor,
      int limit,
      int maxLimit) {
    if (limit < 1 || limit > maxLimit) {
      throw invalid("limit");
    }
    Instant fromInstant = instant("from", from);
    Instant toInstant = instant("to", to);
    if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
      throw invalid("to");
    }
    return new AuditQuery(
        text("subject", subject, 200),
        parse("action", action, AuditAction.class),
        text("objectType", objectType, 100),
        text("objectId", objectId, 200),
        parse("outcome", outcome, AuditOutcome.class),
        fromInstant,
        toInstant,
        cursor(cursor),
        limit);
  }

  private static String text(String name, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
      throw invalid(name);
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw invalid(name);
    }
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST, "problem.invalid-instant.detail", name, value);
    }
  }

  private static Long cursor(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seq = Long.parseLong(value);
      if (seq < 1) {
        throw invalid("cursor");
      }
      return seq;
    } catch (NumberFormatException e) {
      throw invalid("cursor");
    }
  }

  private static ApiException invalid(String name) {
    return new ApiException(ProblemKind.BAD_REQUEST, "problem.audit-invalid-filter.detail", name);
  }
}
