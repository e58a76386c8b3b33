package io.ticketknowledge.ticket.privacy.entity;

import io.ticketknowledge.platform.events.EventType;

/**
 * The Ticket module's events about people rather than tickets, published on {@code ticket.events}
 * (docs/events/schemas/person.erased.v1.json). The envelope's aggregateId is the subject id, so a
 * person's events stay in order.
 */
public enum PrivacyEventType {
  /** A person was erased here; other modules erase their part (Knowledge: names, feedback). */
  PERSON_ERASED(EventType.of("person.erased", 1));

  private final EventType type;

  PrivacyEventType(EventType type) {
    this.type = type;
  }

  public EventType type() {
    return type;
  }
}
