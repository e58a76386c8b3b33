package io.ticketknowledge.platform.events;

import java.util.Objects;

/**
 * An event type as a value: its name ({@code ticket.opened}, past tense, {@code
 * <aggregate>.<verb-past>}) and the version of its payload schema. The pair names the published
 * contract {@code docs/events/schemas/<name>.v<version>.json}; a change that is not an added
 * optional field makes a new version, which consumers accept side by side with the old one
 * (docs/events/README.md).
 *
 * <p>Each module declares the types it emits in its own enum or constants (the Ticket module's
 * {@code TicketEventType}); a consumer declares the ones it accepts in its own code. Modules never
 * share these classes: the schema files are the shared contract.
 */
public record EventType(String name, int version) {

  /** The version of envelopes that carry no {@code schemaVersion}: those written before it. */
  public static final int FIRST_VERSION = 1;

  public EventType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an event type needs a name");
    }
    if (version < FIRST_VERSION) {
      throw new IllegalArgumentException("schema versions start at 1: " + name + " v" + version);
    }
  }

  public static EventType of(String name, int version) {
    return new EventType(name, version);
  }

  /** Whether {@code event} is of this type and schema version. */
  public boolean matches(EventEnvelope event) {
    return name.equals(event.type()) && version == event.schemaVersion();
  }

  /** The schema file's name without extension: {@code ticket.opened.v1}. */
  public String key() {
    return name + ".v" + version;
  }

  @Override
  public String toString() {
    return key();
  }

  /** Same name, ignoring the version: for consumers that accept several versions. */
  public boolean sameNameAs(EventType other) {
    return Objects.equals(name, other.name);
  }
}
