package io.ticketknowledge.ticket.mail.entity;

/** What became of a message read from the mailbox. */
public enum InboundOutcome {
  TICKET_CREATED,
  COMMENT_ADDED,
  /** An out-of-office or other automatic answer: never a ticket (mail loops start there). */
  AUTO_REPLY,
  /** A delivery status notification (multipart/report, MAILER-DAEMON). */
  BOUNCE,
  /** One of our own messages, or sent from our own address. */
  LOOP,
  /** The sender is neither a known user nor of an accepted domain. */
  UNKNOWN_SENDER,
  /** The sender sent more than the hourly limit. */
  RATE_LIMITED,
  /** Threaded to a ticket the sender may not answer, or closed; or the import failed. */
  REJECTED;

  public boolean imported() {
    return this == TICKET_CREATED || this == COMMENT_ADDED;
  }
}
