package io.ticketknowledge.ticket.tickets.entity;

/** The work lists of the ticket list ({@code ?queue=}), always within what the caller may see. */
public enum TicketQueue {
  /** Every visible ticket. */
  ALL,
  /** Assigned to me. */
  MINE,
  /** In one of my support groups. */
  MY_GROUPS,
  /** Nobody's yet (in a group or not). */
  UNASSIGNED,
  /** Opened by me. */
  REQUESTED
}
