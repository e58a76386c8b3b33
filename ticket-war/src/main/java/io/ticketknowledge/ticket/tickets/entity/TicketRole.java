package io.ticketknowledge.ticket.tickets.entity;

/**
 * The part a caller plays on one ticket: its requester, an agent working it, the system (jobs such
 * as the auto-close), or a watcher (reads it and its public conversation, may reply, changes
 * nothing). An agent who requested a ticket plays the agent; a requester who watches, the
 * requester.
 */
public enum TicketRole {
  REQUESTER,
  AGENT,
  SYSTEM,
  WATCHER
}
