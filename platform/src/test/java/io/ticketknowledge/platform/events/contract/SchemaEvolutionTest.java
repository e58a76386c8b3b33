package io.ticketknowledge.platform.events.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the evolution rule on the published schemas: {@code docs/events/schemas.lock.json} holds
 * the shape (the schema without annotations) of every published schema version, and each schema
 * file may only differ from its locked shape by added optional properties. A change that keeps to
 * the rule is taken into the lock with {@value #UPDATE}; anything else needs a new version file.
 */
class SchemaEvolutionTest {

  static final Path SCHEMAS = Path.of("../docs/events/schemas");
  static final Path LOCK = Path.of("../docs/events/schemas.lock.json");
  static final String UPDATE =
      "mvn -B -pl platform test -Dtest=SchemaEvolutionTest -Dtk.events.update-lock=true";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void publishedSchemaVersionsOnlyGainOptionalProperties() throws IOException {
    ObjectNode lock = (ObjectNode) JSON.readTree(Files.readString(LOCK));
    Map<String, JsonNode> current = currentShapes();
    List<String> problems = new ArrayList<>();
    List<String> unlocked = new ArrayList<>();

    for (Iterator<String> it = lock.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!current.containsKey(key)) {
        problems.add(
            key
                + ": published version deleted; retire a version only after its side-by-side"
                + " period, by removing its file, its AsyncAPI message and its lock entry together");
      }
    }
    for (Map.Entry<String, JsonNode> schema : current.entrySet()) {
      JsonNode locked = lock.get(schema.getKey());
      if (locked == null) {
        unlocked.add(schema.getKey());
        continue;
      }
      for (String change : SchemaCompatibility.breakingChanges(locked, schema.getValue())) {
        problems.add(schema.getKey() + change);
      }
      if (!locked.equals(schema.getValue())) {
        unlocked.add(schema.getKey());
      }
    }

    if (!problems.isEmpty()) {
      fail(
          "published schemas changed in ways consumers cannot follow:\n  "
              + String.join("\n  ", problems)
              + "\nLeave the published version as it was and add <type>.v<N+1>.json (plus its"
              + " AsyncAPI message and the producer's new EventType constant); see"
              + " docs/events/README.md.");
    }
    if (!unlocked.isEmpty()) {
      if (Boolean.getBoolean("tk.events.update-lock")) {
        writeLock(current);
        return;
      }
      fail(
          "schemas not yet in docs/events/schemas.lock.json (new versions or added optional"
              + " properties): "
              + unlocked
              + "\nThe changes keep to the evolution rule; take them into the lock with: "
              + UPDATE);
    }
  }

  @Test
  void theRuleAllowsAddedOptionalPropertiesAndAnnotationsOnly() throws IOException {
    JsonNode v1 =
        JSON.readTree(
            """
            {"type":"object","required":["id","status"],"additionalProperties":false,
             "description":"a ticket","examples":[{"id":1,"status":"NEW"}],
             "properties":{"id":{"type":"integer","minimum":1},
               "status":{"type":"string","enum":["NEW","OPEN"]},
               "description":{"type":"string","maxLength":200}}}""");

    assertEquals(List.of(), changes(v1, v1));
    assertEquals(
        List.of(),
        changes(v1, with(v1, "/properties", "tags", "{\"type\":\"array\",\"items\":{}}")),
        "an added optional property");
    assertEquals(List.of(), changes(v1, with(v1, "", "description", "\"reworded\"")));
    assertEquals(
        List.of(),
        changes(v1, with(v1, "/properties/status", "enum", "[\"NEW\",\"OPEN\",\"PENDING\"]")));
    assertEquals(List.of(), changes(v1, with(v1, "/properties/description", "maxLength", "400")));

    assertBreaks(v1, without(v1, "/properties", "description"), "property description removed");
    assertBreaks(v1, with(v1, "/properties/id", "type", "\"string\""), "type changed");
    assertBreaks(
        v1, with(v1, "", "required", "[\"id\",\"status\",\"description\"]"), "became required");
    assertBreaks(v1, with(v1, "", "required", "[\"id\"]"), "no longer required");
    assertBreaks(
        v1, with(v1, "/properties/status", "enum", "[\"NEW\"]"), "enum value \"OPEN\" removed");
    assertBreaks(
        v1, with(v1, "/properties/description", "maxLength", "100"), "maxLength tightened");
    assertBreaks(v1, with(v1, "/properties/description", "pattern", "\"^[A-Z]\""), "pattern added");
    assertBreaks(v1, with(v1, "/properties/id", "minimum", "10"), "minimum tightened");
    JsonNode open = without(v1, "", "additionalProperties");
    assertBreaks(open, v1, "additionalProperties now refused");
  }

  private static List<String> changes(JsonNode locked, JsonNode current) {
    return SchemaCompatibility.breakingChanges(locked, current);
  }

  private static void assertBreaks(JsonNode locked, JsonNode current, String expected) {
    List<String> changes = changes(locked, current);
    assertTrue(
        changes.stream().anyMatch(change -> change.contains(expected)),
        () -> "expected '" + expected + "' in " + changes);
  }

  private static JsonNode with(JsonNode schema, String at, String field, String json)
      throws IOException {
    JsonNode copy = schema.deepCopy();
    ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).set(field, JSON.readTree(json));
    return copy;
  }

  private static JsonNode without(JsonNode schema, String at, String field) {
    JsonNode copy = schema.deepCopy();
    ((ObjectNode) (at.isEmpty() ? copy : copy.at(at))).remove(field);
    return copy;
  }

  private static Map<String, JsonNode> currentShapes() throws IOException {
    Map<String, JsonNode> shapes = new TreeMap<>();
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        shapes.put(name, SchemaCompatibility.shape(JSON.readTree(Files.readString(file))));
      }
    }
    return shapes;
  }

  private static void writeLock(Map<String, JsonNode> shapes) throws IOException {
    ObjectNode lock = JSON.createObjectNode();
    shapes.forEach(lock::set);
    Files.writeString(LOCK, JSON.writeValueAsString(lock) + "\n");
  }
}
