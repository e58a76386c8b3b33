package io.ticketknowledge.platform.audit;

/** What was done (or attempted). Stored by {@link #name()}; never renamed, only added. */
public enum AuditAction {
  /** A request refused by authentication or authorization (see {@link AuditOutcome}). */
  ACCESS_REFUSED,
  /** An admin revoked every token a subject holds. */
  ACCESS_REVOKED,
  /** An admin replayed one or many dead letters. */
  DEAD_LETTER_REPLAYED,
  /** An admin released one or every parked outbox row back to the relay. */
  OUTBOX_RELEASED,
  /** An admin started a search reindex. */
  REINDEX_STARTED,
  /** A business calendar or one of its days was created, changed, imported or deleted. */
  CALENDAR_CHANGED,
  /** A category was created or changed. */
  CATEGORY_CHANGED,
  /** A support group or its members were created or changed. */
  GROUP_CHANGED,
  /** An admin searched or exported the audit trail. */
  AUDIT_READ,
  /** An admin verified the audit chain. */
  AUDIT_VERIFIED,
  /** A ticket list or a report was exported as a file (CSV, XLSX); changes hold what was asked. */
  DATA_EXPORTED
}
