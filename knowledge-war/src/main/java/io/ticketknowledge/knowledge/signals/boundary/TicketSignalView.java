package io.ticketknowledge.knowledge.signals.boundary;

import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import java.time.OffsetDateTime;

/** A ticket as Knowledge sees it. */
public record TicketSignalView(
    String ticketId,
    String subject,
    String status,
    String priority,
    long ticketVersion,
    int eventsApplied,
    OffsetDateTime updatedAt) {

  static TicketSignalView of(TicketSignal signal) {
    return new TicketSignalView(
        signal.ticketId(),
        signal.subject(),
        signal.status(),
        signal.priority(),
        signal.ticketVersion(),
        signal.eventsApplied(),
        signal.updatedAt());
  }
}
