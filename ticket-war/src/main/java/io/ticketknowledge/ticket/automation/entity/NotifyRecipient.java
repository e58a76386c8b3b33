package io.ticketknowledge.ticket.automation.entity;

/** Whom a NOTIFY action addresses; resolved to user ids when the request is recorded. */
public enum NotifyRecipient {
  REQUESTER,
  ASSIGNEE,
  /** Every member of the ticket's group. */
  GROUP
}
