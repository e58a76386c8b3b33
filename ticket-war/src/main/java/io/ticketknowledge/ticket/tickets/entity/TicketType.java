package io.ticketknowledge.ticket.tickets.entity;

/** What kind of request a ticket is (ITIL): each may get its own fields and SLA later. */
public enum TicketType {
  INCIDENT,
  SERVICE_REQUEST,
  QUESTION,
  PROBLEM
}
