package io.ticketknowledge.ticket.tickets.entity;

/**
 * Where a ticket stands in its lifecycle; which moves are allowed, and for whom, is {@code
 * TicketTransitions}.
 */
public enum TicketStatus {
  NEW,
  OPEN,
  PENDING,
  RESOLVED,
  CLOSED
}
