package io.ticketknowledge.ticket.sla.entity;

/** How a calendar date departs from the ordinary week. */
public enum DayKind {
  /** No working time, though the weekday usually has some (a public or company holiday). */
  HOLIDAY,
  /** Working time on a day that usually has none (a make-up working day, 補行上班日). */
  WORKING_DAY
}
