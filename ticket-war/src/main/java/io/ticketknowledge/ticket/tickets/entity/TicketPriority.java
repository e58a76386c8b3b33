package io.ticketknowledge.ticket.tickets.entity;

/** How urgent the requester's problem is; drives the SLA targets. */
public enum TicketPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
