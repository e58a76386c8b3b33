package io.ticketknowledge.ticket.privacy.entity;

import java.time.Instant;

/**
 * A ticket's legal hold: while {@code held}, retention and erasure leave the ticket, its comments
 * and its files as they are. Version 0 with no reason: the ticket never had one.
 */
public record LegalHold(
    long ticketId, boolean held, String reason, String changedBy, Instant changedAt, long version) {

  public static LegalHold none(long ticketId) {
    return new LegalHold(ticketId, false, null, null, null, 0);
  }
}
