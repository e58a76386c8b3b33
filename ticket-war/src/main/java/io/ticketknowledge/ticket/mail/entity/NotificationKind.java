package io.ticketknowledge.ticket.mail.entity;

/** Why a mail goes out; each has a subject and body template per language. */
public enum NotificationKind {
  /** To the requester: their ticket was received. */
  TICKET_OPENED,
  /** To the agents of the ticket's group: a new ticket arrived. */
  TICKET_OPENED_AGENT,
  /** To the requester: an agent answered (public replies only, never internal notes). */
  PUBLIC_REPLY,
  /** To the assignee, or the group's agents: the requester answered. */
  REQUESTER_REPLY,
  /** To the requester: the ticket moved (pending, resolved, closed, reopened …). */
  STATUS_CHANGED,
  /** To the assignee, or the group's agents: an SLA clock reached its warning threshold. */
  SLA_WARNING,
  /** To an agent named in a comment. */
  MENTION;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
