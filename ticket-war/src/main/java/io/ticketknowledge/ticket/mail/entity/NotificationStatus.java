package io.ticketknowledge.ticket.mail.entity;

/** Where a queued mail is: waiting (first try or retry), handed to the server, or given up. */
public enum NotificationStatus {
  PENDING,
  SENT,
  /** Refused for good by the server (a permanent 5xx, a malformed address) after retries. */
  FAILED
}
