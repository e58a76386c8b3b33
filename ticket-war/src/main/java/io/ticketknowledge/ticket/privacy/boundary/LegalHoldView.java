package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.ticket.privacy.entity.LegalHold;
import java.time.Instant;

/** A ticket's legal hold; ETag = {@code version} ({@code "0"}: never held). */
public record LegalHoldView(
    long ticketId, boolean held, String reason, String changedBy, Instant changedAt, long version) {

  static LegalHoldView of(LegalHold hold) {
    return new LegalHoldView(
        hold.ticketId(),
        hold.held(),
        hold.reason(),
        hold.changedBy(),
        hold.changedAt(),
        hold.version());
  }
}
