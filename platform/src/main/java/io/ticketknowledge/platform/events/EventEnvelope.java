package io.ticketknowledge.platform.events;

import jakarta.json.Json;
import jakarta.json.JsonException;
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
 * {@code aggregateId} the Kafka record key (one aggregate's events stay in order), {@code version}
 * the aggregate's version after the change.
 */
public record EventEnvelope(
    UUID id,
    String type,
    String aggregateId,
    long version,
    Instant occurredAt,
    String actor,
    JsonObject payload) {

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    requireText(type, "type");
    requireText(aggregateId, "aggregateId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireText(actor, "actor");
    Objects.requireNonNull(payload, "payload");
  }

  /** A new event that happened now. */
  public static EventEnvelope of(
      String type, Object aggregateId, long version, String actor, JsonObject payload) {
    return new EventEnvelope(
        UUID.randomUUID(),
        type,
        String.valueOf(aggregateId),
        version,
        Instant.now(),
        actor,
        payload);
  }

  public String toJson() {
    return Json.createObjectBuilder()
        .add("id", id.toString())
        .add("type", type)
        .add("aggregateId", aggregateId)
        .add("version", version)
        .add("occurredAt", occurredAt.toString())
        .add("actor", actor)
        .add("payload", payload)
        .build()
        .toString();
  }

  /**
   * Reads an envelope from its JSON form.
   *
   * @throws MalformedEventException when the text is not a complete envelope: such a message can
   *     never be processed, retrying it is pointless
   */
  public static EventEnvelope parse(String json) {
    if (json == null || json.isBlank()) {
      throw new MalformedEventException("empty message");
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedEventException("not a JSON object");
      }
      JsonObject o = value.asJsonObject();
      return new EventEnvelope(
          UUID.fromString(o.getString("id")),
          o.getString("type"),
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

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
