package io.ticketknowledge.platform.events.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks events against the published contracts (docs/events, read from the platform jar): what
 * producers' tests assert about every event they emit, and where consumers' tests take the examples
 * they replay through their handlers. Shipped in the platform's test jar.
 */
public final class EventContractAssertions {

  /** Draft 2020-12 with {@code format} asserted (uuid, date-time), not only annotated. */
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private EventContractAssertions() {}

  /** Fails unless {@code event} is a valid envelope whose payload follows its type's schema. */
  public static void assertConforms(EventEnvelope event) {
    List<String> violations = violations(event);
    assertTrue(
        violations.isEmpty(),
        () ->
            event.eventType()
                + " does not follow docs/events/schemas/"
                + event.eventType().key()
                + ".json: "
                + violations
                + "\n  event: "
                + event.toJson());
  }

  /** What is wrong with {@code event} measured against the contracts; empty when nothing. */
  public static List<String> violations(EventEnvelope event) {
    List<String> violations = new ArrayList<>();
    violations.addAll(errors(schema(EventContracts.envelopeSchema()), event.toJson()));
    EventContracts.payloadSchema(event.eventType())
        .ifPresentOrElse(
            schema ->
                violations.addAll(
                    errors(schema(schema), event.payload().toString()).stream()
                        .map(error -> "payload: " + error)
                        .toList()),
            () -> violations.add("no published schema for " + event.eventType()));
    return violations;
  }

  /**
   * The {@code examples} of {@code type}'s schema: the payloads consumers' tests feed through their
   * handlers. Fails when the type has no schema or no examples.
   */
  public static List<JsonObject> examples(EventType type) {
    String schema =
        EventContracts.payloadSchema(type)
            .orElseThrow(() -> new AssertionError("no published schema for " + type));
    List<JsonObject> examples = new ArrayList<>();
    for (JsonValue example : read(schema).getJsonArray("examples")) {
      examples.add(example.asJsonObject());
    }
    if (examples.isEmpty()) {
      fail(type + " has no examples");
    }
    return examples;
  }

  /** The schema in {@code json}, draft 2020-12 unless it says otherwise. */
  public static Schema schema(String json) {
    return REGISTRY.getSchema(json, InputFormat.JSON);
  }

  /** The draft 2020-12 meta-schema, from the validator's own copy (no network). */
  public static Schema metaSchema() {
    return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
  }

  /** Each violation as "instance location: message". */
  public static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(EventContractAssertions::describe)
        .toList();
  }

  static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}
