package io.ticketknowledge.knowledge.privacy.entity;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.json.JsonString;
import java.util.Optional;

/**
 * {@code person.erased} as Knowledge reads it from {@code ticket.events}
 * (docs/events/schemas/person.erased.v1.json; Knowledge's own declaration, no Ticket class).
 */
public final class ObservedPersonEvent {

  public static final EventType ERASED_V1 = EventType.of("person.erased", 1);

  private ObservedPersonEvent() {}

  /**
   * The erased person, when {@code event} is a {@code person.erased}; empty for any other type.
   *
   * @throws MalformedEventException for another schema version or a payload without a valid subject
   *     id: it becomes a dead letter, replayed once fixed
   */
  public static Optional<SubjectId> erased(EventEnvelope event) {
    if (!ERASED_V1.name().equals(event.type())) {
      return Optional.empty();
    }
    if (!ERASED_V1.matches(event)) {
      throw new MalformedEventException(
          event.eventType() + " is a schema version Knowledge does not know yet");
    }
    if (!(event.payload().get("subjectId") instanceof JsonString subject)) {
      throw new MalformedEventException("person.erased without subjectId");
    }
    try {
      return Optional.of(new SubjectId(subject.getString()));
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException("person.erased with a malformed subjectId");
    }
  }
}
