package io.ticketknowledge.knowledge.signals.entity;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Ticket module's events that Knowledge consumes, by type and schema version as published in
 * docs/events (Knowledge's own declaration: the modules share the schema files, never classes).
 * When Ticket publishes a new version of one, add it here next to the old one and read both until
 * the old one is retired (docs/events/README.md).
 */
public enum ObservedTicketEvent {
  OPENED_V1(EventType.of("ticket.opened", 1)),
  CHANGED_V1(EventType.of("ticket.changed", 1)),
  STATUS_CHANGED_V1(EventType.of("ticket.status-changed", 1)),
  RESOLVED_V1(EventType.of("ticket.resolved", 1)),
  CLOSED_V1(EventType.of("ticket.closed", 1)),
  REOPENED_V1(EventType.of("ticket.reopened", 1)),
  ASSIGNED_V1(EventType.of("ticket.assigned", 1)),
  /** A ticket merged into another is closed: its state says so. */
  MERGED_V1(EventType.of("ticket.merged", 1));

  private final EventType type;

  ObservedTicketEvent(EventType type) {
    this.type = type;
  }

  public EventType type() {
    return type;
  }

  /**
   * Which of these {@code event} is; empty for a type Knowledge does not follow.
   *
   * @throws MalformedEventException for a followed type in a schema version not known here yet: it
   *     becomes a dead letter, replayed once Knowledge is upgraded
   */
  public static Optional<ObservedTicketEvent> of(EventEnvelope event) {
    Optional<ObservedTicketEvent> known =
        Arrays.stream(values()).filter(t -> t.type.matches(event)).findFirst();
    if (known.isEmpty()
        && Arrays.stream(values()).anyMatch(t -> t.type.name().equals(event.type()))) {
      throw new MalformedEventException(
          event.eventType() + " is a schema version Knowledge does not know yet");
    }
    return known;
  }
}
