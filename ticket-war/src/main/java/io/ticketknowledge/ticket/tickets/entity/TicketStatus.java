package io.ticketknowledge.ticket.tickets.entity;

/** Where a ticket stands in its lifecycle. */
public enum TicketStatus {
  NEW,
  OPEN,
  PENDING,
  RESOLVED,
  CLOSED
}
