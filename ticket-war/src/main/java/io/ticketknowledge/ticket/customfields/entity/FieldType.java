package io.ticketknowledge.ticket.customfields.entity;

/** The kinds of custom field; a field's type never changes once it is created. */
public enum FieldType {
  TEXT,
  NUMBER,
  /** An ISO date, {@code 2026-03-02}. */
  DATE,
  SELECT,
  MULTI_SELECT,
  CHECKBOX
}
