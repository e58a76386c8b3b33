package io.ticketknowledge.platform.audit;

import java.time.Instant;
import java.util.List;

/** One audit record as the admin API returns it. */
public record AuditRecordView(
    long seq,
    Instant at,
    String subject,
    List<String> roles,
    String clientAddress,
    String userAgent,
    String requestId,
    String action,
    String objectType,
    String objectId,
    List<FieldChange> changes,
    String outcome,
    String detail,
    String hash) {

  public static AuditRecordView of(AuditRecord record) {
    AuditEntry entry = record.entry();
    return new AuditRecordView(
        record.seq(),
        entry.at(),
        entry.actor().subject(),
        entry.actor().roles(),
        entry.actor().clientAddress(),
        entry.actor().userAgent(),
        entry.actor().requestId(),
        entry.action().name(),
        entry.object().type(),
        entry.object().id(),
        entry.changes(),
        entry.outcome().name(),
        entry.detail(),
        record.hash());
  }

  /** A page of records, newest first; {@code nextCursor} is null on the last page. */
  public record Page(List<AuditRecordView> items, String nextCursor) {}
}
