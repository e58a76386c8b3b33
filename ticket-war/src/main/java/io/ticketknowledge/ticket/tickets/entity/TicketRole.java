package io.ticketknowledge.ticket.tickets.entity;

/**
 * The part a caller plays on one ticket: its requester, an agent working it, or the system (jobs
 * such as the auto-close). An agent who requested a ticket plays the agent.
 */
public enum TicketRole {
  REQUESTER,
  AGENT,
  SYSTEM
}
