package io.ticketknowledge.ticket.privacy.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;

/** The retention rule of one ticket type as stored; version 0: none defined. */
public record RetentionRule(
    TicketType type, RetentionTerms terms, Instant updatedAt, long version) {

  public static RetentionRule none(TicketType type) {
    return new RetentionRule(type, RetentionTerms.NONE, null, 0);
  }
}
