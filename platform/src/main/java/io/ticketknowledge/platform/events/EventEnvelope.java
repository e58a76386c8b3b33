package io.ticketknowledge.platform.events;

import io.ticketknowledge.platform.json.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * What every event carries, whatever its transport: {@code id} is the consumers' idempotency key,
 * {@code type} and {@code schemaVersion} name the payload's contract ({@link EventType}, {@code
 * docs/events/schemas/<type>.v<schemaVersion>.json}), {@code aggregateId} the Kafka record key (one
 * aggregate's events stay in order), {@code version} the aggregate's version after the change.
 * Published as {@code docs/events/schemas/envelope.v1.json}.
 */
public record EventEnvelope(
    UUID id,
    String type,
    int schemaVersion,
    String aggregateId,
    long version,
    Instant occurredAt,
    String actor,
    JsonObject payload) {

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    requireText(type, "type");
    if (schemaVersion < EventType.FIRST_VERSION) {
      throw new IllegalArgumentException("schemaVersion starts at 1");
    }
    requireText(aggregateId, "aggregateId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireText(actor, "actor");
    Objects.requireNonNull(payload, "payload");
  }

  /** An envelope of schema version 1 (what every envelope was before types had versions). */
  public EventEnvelope(
      UUID id,
      String type,
      String aggregateId,
      long version,
      Instant occurredAt,
      String actor,
      JsonObject payload) {
    this(id, type, EventType.FIRST_VERSION, aggregateId, version, occurredAt, actor, payload);
  }

  /** A new event of {@code type} that happened now; {@code payload} follows the type's schema. */
  public static EventEnvelope of(
      EventType type, Object aggregateId, long version, String actor, JsonObject payload) {
    return new EventEnvelope(
        UUID.randomUUID(),
        type.name(),
        type.version(),
        String.valueOf(aggregateId),
        version,
        Instant.now(),
        actor,
        payload);
  }

  /**
   * A new event of version 1 of the type named {@code type}.
   *
   * @deprecated declare the type as an {@link EventType} constant of the emitting module and use
   *     {@link #of(EventType, Object, long, String, JsonObject)}; kept for tests and merges only
   */
  @Deprecated
  public static EventEnvelope of(
      String type, Object aggregateId, long version, String actor, JsonObject payload) {
    return of(EventType.of(type, EventType.FIRST_VERSION), aggregateId, version, actor, payload);
  }

  /** The type and schema version of the payload, as one value. */
  public EventType eventType() {
    return EventType.of(type, schemaVersion);
  }

  public String toJson() {
    return Jsons.objectBuilder()
        .add("id", id.toString())
        .add("type", type)
        .add("schemaVersion", schemaVersion)
        .add("aggregateId", aggregateId)
        .add("version", version)
        .add("occurredAt", occurredAt.toString())
        .add("actor", actor)
        .add("payload", payload)
        .build()
        .toString();
  }

  /**
   * Reads an envelope from its JSON form. An envelope without {@code schemaVersion} (written before
   * the field existed) is of version 1.
   *
   * @throws MalformedEventException when the text is not a complete envelope: such a message can
   *     never be processed, retrying it is pointless
   */
  public static EventEnvelope parse(String json) {
    if (json == null || json.isBlank()) {
      throw new MalformedEventException("empty message");
    }
    try (JsonReader reader = Jsons.reader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedEventException("not a JSON object");
      }
      JsonObject o = value.asJsonObject();
      return new EventEnvelope(
          UUID.fromString(o.getString("id")),
          o.getString("type"),
          schemaVersion(o),
          o.getString("aggregateId"),
          o.getJsonNumber("version").longValueExact(),
          Instant.parse(o.getString("occurredAt")),
          o.getString("actor"),
          o.getJsonObject("payload"));
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException
        | ArithmeticException
        | DateTimeParseException e) {
      throw new MalformedEventException("not an event envelope: " + e.getMessage());
    }
  }

  private static int schemaVersion(JsonObject o) {
    JsonValue value = o.get("schemaVersion");
    if (value == null || value == JsonValue.NULL) {
      return EventType.FIRST_VERSION;
    }
    return ((JsonNumber) value).intValueExact();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
