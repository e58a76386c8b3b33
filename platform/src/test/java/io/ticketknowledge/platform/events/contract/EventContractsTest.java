package io.ticketknowledge.platform.events.contract;

import static io.ticketknowledge.platform.events.contract.EventContractAssertions.errors;
import static io.ticketknowledge.platform.events.contract.EventContractAssertions.read;
import static io.ticketknowledge.platform.events.contract.EventContractAssertions.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contracts are sound: each schema is valid draft 2020-12 and its examples follow it,
 * the AsyncAPI document and the schema files name the same event types, and what the platform jar
 * carries is what docs/events holds.
 */
class EventContractsTest {

  static final Path DOCS = Path.of("../docs/events");
  static final Pattern SCHEMA_FILE = Pattern.compile("(.+)\\.v([1-9][0-9]*)\\.json");
  static final Pattern TYPE_NAME =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*");

  static Stream<Path> schemaFiles() throws IOException {
    try (Stream<Path> files = Files.list(DOCS.resolve("schemas"))) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("schemaFiles")
  void everySchemaIsValidDraft202012WithExamplesThatFollowIt(Path file) throws IOException {
    String text = Files.readString(file);
    assertEquals(
        List.of(), errors(EventContractAssertions.metaSchema(), text), file + " vs meta-schema");
    JsonObject schema = read(text);
    assertEquals(
        EventContractAssertions.META_SCHEMA, schema.getString("$schema", null), file + " $schema");
    assertTrue(schema.containsKey("title") && schema.containsKey("description"), file.toString());
    assertFalse(schema.getJsonArray("examples").isEmpty(), file + " needs examples");
    for (JsonValue example : schema.getJsonArray("examples")) {
      assertEquals(List.of(), errors(schema(text), example.toString()), file + ": " + example);
    }
  }

  @Test
  void theEnvelopeExamplesCarryPayloadsThatFollowTheirTypesSchema() {
    for (JsonValue example : read(EventContracts.envelopeSchema()).getJsonArray("examples")) {
      EventEnvelope event = EventEnvelope.parse(example.toString());
      assertEquals(List.of(), EventContractAssertions.violations(event), example.toString());
    }
  }

  @Test
  void theAsyncApiDocumentAndTheSchemaFilesNameTheSameTypes() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(DOCS.resolve("schemas"))) {
      for (Path file : list.toList()) {
        Matcher name = SCHEMA_FILE.matcher(file.getFileName().toString());
        assertTrue(name.matches(), file + " is not named <type>.v<N>.json");
        if (!name.group(1).equals("envelope")) {
          files.add(EventType.of(name.group(1), Integer.parseInt(name.group(2))).key());
        }
      }
    }
    Set<String> declared =
        EventContracts.declaredTypes().stream()
            .map(EventType::key)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(files, declared, "schemas/ files vs asyncapi.yaml x-event-type/x-schema-version");
    for (EventType type : EventContracts.declaredTypes()) {
      assertTrue(TYPE_NAME.matcher(type.name()).matches(), type + ": <aggregate>.<verb-past>");
    }
  }

  @Test
  void everyMessageReferencesTheEnvelopeAndItsTypesSchema() throws IOException {
    JsonNode messages =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(DOCS.resolve("asyncapi.yaml")))
            .path("components")
            .path("messages");
    for (EventType type : EventContracts.declaredTypes()) {
      String message =
          messages.findParents("x-event-type").stream()
              .filter(m -> m.get("x-event-type").asText().equals(type.name()))
              .filter(m -> m.path("x-schema-version").asInt() == type.version())
              .findFirst()
              .orElseThrow()
              .toString();
      assertTrue(message.contains("./schemas/envelope.v1.json"), type + ": " + message);
      assertTrue(message.contains("./schemas/" + type.key() + ".json"), type + ": " + message);
      assertTrue(message.contains("\"const\":\"" + type.name() + "\""), type + ": " + message);
      assertTrue(message.contains("\"const\":" + type.version()), type + ": " + message);
    }
  }

  @Test
  void thePlatformJarCarriesWhatDocsEventsHolds() throws IOException {
    assertEquals(Files.readString(DOCS.resolve("asyncapi.yaml")), EventContracts.asyncApi());
    for (Path file : schemaFiles().toList()) {
      String name = file.getFileName().toString();
      Matcher m = SCHEMA_FILE.matcher(name);
      assertTrue(m.matches());
      String packaged =
          name.startsWith("envelope.")
              ? EventContracts.envelopeSchema()
              : EventContracts.payloadSchema(EventType.of(m.group(1), Integer.parseInt(m.group(2))))
                  .orElseThrow();
      assertEquals(Files.readString(file), packaged, name);
    }
  }

  @Test
  void theServedDocumentIsSelfContained() throws IOException {
    String bundled = EventContracts.bundledAsyncApi();
    JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(bundled);

    assertFalse(bundled.contains("./schemas/"), bundled);
    assertEquals("3.0.0", document.path("asyncapi").asText());
    JsonNode schemas = document.path("components").path("schemas");
    assertTrue(schemas.has("envelope.v1"), bundled);
    for (EventType type : EventContracts.declaredTypes()) {
      assertTrue(schemas.path(type.key()).has("examples"), type.key());
    }
    assertTrue(
        bundled.contains("$ref: \"#/components/schemas/ticket.opened.v1\"")
            || bundled.contains("$ref: '#/components/schemas/ticket.opened.v1'")
            || bundled.contains("$ref: \"#/components/schemas/ticket.opened.v1\""),
        bundled);
  }

  @Test
  void anEventThatBreaksItsSchemaIsReported() {
    EventEnvelope event =
        EventEnvelope.of(
            EventType.of("ticket.opened", 1),
            1,
            1,
            "u-1",
            read("{\"id\":1,\"subject\":\"\",\"status\":\"LOST\",\"extra\":true}"));

    List<String> violations = EventContractAssertions.violations(event);

    String all = String.join("\n", violations);
    assertTrue(all.contains("subject"), all);
    assertTrue(all.contains("status"), all);
    assertTrue(all.contains("extra"), all);
    assertTrue(all.contains("description"), all);
    assertEquals(
        List.of("no published schema for ticket.opened.v9"),
        EventContractAssertions.violations(
            EventEnvelope.of(EventType.of("ticket.opened", 9), 1, 1, "u-1", read("{}"))));
  }
}
