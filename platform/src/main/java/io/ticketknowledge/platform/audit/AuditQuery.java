package io.ticketknowledge.platform.audit;

import java.time.Instant;

/**
 * A search of the audit trail: every filter optional, newest first, {@code before} the seq of the
 * last record of the previous page (the cursor), at most {@code limit} records.
 */
public record AuditQuery(
    String subject,
    AuditAction action,
    String objectType,
    String objectId,
    AuditOutcome outcome,
    Instant from,
    Instant to,
    Long before,
    int limit) {

  public static final int MAX_LIMIT = 500;

  public AuditQuery {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit out of range: " + limit);
    }
  }
}
