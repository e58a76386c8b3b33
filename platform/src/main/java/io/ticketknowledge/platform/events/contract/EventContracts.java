package io.ticketknowledge.platform.events.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.ticketknowledge.platform.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published event contracts as the platform jar carries them: {@code docs/events} is packaged
 * under {@value #LOCATION} (asyncapi.yaml, schemas/*.json), so the running application serves them
 * and every module's tests read the same files without depending on each other.
 */
public final class EventContracts {

  public static final String LOCATION = "META-INF/events/";
  public static final String ASYNCAPI = "asyncapi.yaml";
  public static final String ENVELOPE_SCHEMA = "envelope.v1.json";

  private static final String SCHEMA_REF_PREFIX = "./schemas/";
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventContracts() {}

  /** The AsyncAPI document as written, its schemas referenced as {@code ./schemas/<file>}. */
  public static String asyncApi() {
    return text(ASYNCAPI).orElseThrow(() -> missing(ASYNCAPI));
  }

  /**
   * The AsyncAPI document with every {@code ./schemas/<file>} reference replaced by a reference to
   * a copy in {@code components.schemas}: one self-contained document for tools fetching it over
   * HTTP.
   */
  public static String bundledAsyncApi() {
    try {
      return YAML.writeValueAsString(bundled());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #bundledAsyncApi()} as JSON. */
  public static String bundledAsyncApiJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundled());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode bundled() throws IOException {
    ObjectNode document = (ObjectNode) YAML.readTree(asyncApi());
    ObjectNode schemas = JSON.createObjectNode();
    inline(document, schemas); // collected apart: the walk must not see its own additions
    document.withObject("/components").withObject("/schemas").setAll(schemas);
    return document;
  }

  /** The payload schema of {@code type} (draft 2020-12 JSON), when one is published. */
  public static Optional<String> payloadSchema(EventType type) {
    return text("schemas/" + type.key() + ".json");
  }

  /** The envelope schema every message follows. */
  public static String envelopeSchema() {
    return text("schemas/" + ENVELOPE_SCHEMA).orElseThrow(() -> missing(ENVELOPE_SCHEMA));
  }

  /**
   * Every event type and version the AsyncAPI document declares: its messages with {@code
   * x-event-type} and {@code x-schema-version}.
   */
  public static List<EventType> declaredTypes() {
    try {
      JsonNode messages = YAML.readTree(asyncApi()).path("components").path("messages");
      List<EventType> types = new ArrayList<>();
      for (Iterator<JsonNode> it = messages.elements(); it.hasNext(); ) {
        JsonNode message = it.next();
        if (message.hasNonNull("x-event-type")) {
          types.add(
              EventType.of(
                  message.get("x-event-type").asText(), message.path("x-schema-version").asInt()));
        }
      }
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void inline(JsonNode node, ObjectNode schemas) throws IOException {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF_PREFIX)) {
        String file = ref.asText().substring(SCHEMA_REF_PREFIX.length());
        String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        if (!schemas.has(name)) {
          ObjectNode schema =
              (ObjectNode) JSON.readTree(text("schemas/" + file).orElseThrow(() -> missing(file)));
          schema.remove("$schema");
          schemas.set(name, schema);
        }
        object.put("$ref", "#/components/schemas/" + name);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        inline(it.next().getValue(), schemas);
      }
    } else if (node != null && node.isArray()) {
      for (JsonNode element : node) {
        inline(element, schemas);
      }
    }
  }

  private static Optional<String> text(String path) {
    try (InputStream in =
        EventContracts.class.getClassLoader().getResourceAsStream(LOCATION + path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException missing(String file) {
    return new IllegalStateException(
        LOCATION + file + " is not on the class path: is the platform jar built from docs/events?");
  }
}
