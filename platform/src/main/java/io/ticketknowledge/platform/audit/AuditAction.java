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
  /** A webhook was registered, redefined, deleted, its secret rotated or a delivery redelivered. */
  WEBHOOK_CHANGED,
  /** An upload was refused because the malware scanner found a signature in it. */
  MALWARE_REFUSED,
  /** An admin exported what a module holds about a person (data-subject access request). */
  PERSONAL_DATA_EXPORTED,
  /** A person's data was erased or pseudonymized (by an admin, or following another module). */
  PERSONAL_DATA_ERASED,
  /** An admin set or cleared a legal hold (the reason is the detail). */
  LEGAL_HOLD_CHANGED,
  /** An admin created, changed or deleted a retention rule. */
  RETENTION_RULE_CHANGED,
  /** A retention run acted (or, as a dry run, reported what it would do). */
  RETENTION_RUN,
  /** A ticket list or a report was exported as a file (CSV, XLSX); changes hold what was asked. */
  DATA_EXPORTED
}
