package io.ticketknowledge.platform.events.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ticketknowledge.platform.events.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Renders the contracts as Markdown (channels, event types, payload fields) into the catalog
 * section of docs/events/README.md, and fails when that section is out of date.
 */
class EventCatalogTest {

  static final Path README = Path.of("../docs/events/README.md");
  static final String START = "<!-- catalog:start -->";
  static final String END = "<!-- catalog:end -->";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theReadmeCatalogIsGeneratedFromTheContracts() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(START) + START.length();
    int end = readme.indexOf(END);
    String expected = "\n" + catalog();
    if (Boolean.getBoolean("tk.events.update-docs")) {
      Files.writeString(README, readme.substring(0, start) + expected + readme.substring(end));
      return;
    }
    assertEquals(
        expected,
        readme.substring(start, end),
        "docs/events/README.md catalog is out of date: mvn -B -pl platform test"
            + " -Dtest=EventCatalogTest -Dtk.events.update-docs=true");
  }

  static String catalog() throws IOException {
    JsonNode asyncApi = YAML.readTree(EventContracts.asyncApi());
    StringBuilder md = new StringBuilder();
    md.append("### Channels\n\n")
        .append("| topic | messages | sent by | received by |\n| --- | --- | --- | --- |\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = asyncApi.path("channels").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> channel = it.next();
      List<String> messages = new ArrayList<>();
      channel
          .getValue()
          .path("messages")
          .forEach(ref -> messages.add(messageLabel(asyncApi, ref.path("$ref").asText())));
      md.append("| `")
          .append(channel.getValue().path("address").asText())
          .append("` | ")
          .append(messages.isEmpty() ? "none yet" : String.join(", ", messages))
          .append(" | ")
          .append(operations(asyncApi, channel.getKey(), "send"))
          .append(" | ")
          .append(operations(asyncApi, channel.getKey(), "receive"))
          .append(" |\n");
    }
    md.append("\n### Envelope (`schemas/envelope.v1.json`)\n\n");
    fields(md, JSON.readTree(EventContracts.envelopeSchema()));
    for (Iterator<JsonNode> it = asyncApi.path("components").path("messages").elements();
        it.hasNext(); ) {
      JsonNode message = it.next();
      if (!message.has("x-event-type")) {
        continue;
      }
      EventType type =
          EventType.of(
              message.get("x-event-type").asText(), message.path("x-schema-version").asInt());
      md.append("\n### `")
          .append(type.name())
          .append("` v")
          .append(type.version())
          .append(" (`schemas/")
          .append(type.key())
          .append(".json`)\n\n")
          .append(message.path("summary").asText())
          .append("\n\n");
      fields(md, JSON.readTree(EventContracts.payloadSchema(type).orElseThrow()));
    }
    return md.toString();
  }

  private static String messageLabel(JsonNode asyncApi, String ref) {
    JsonNode message = asyncApi.at(ref.substring(1));
    if (message.has("$ref")) {
      message = asyncApi.at(message.get("$ref").asText().substring(1));
    }
    return message.has("x-event-type")
        ? "`"
            + message.get("x-event-type").asText()
            + "` v"
            + message.path("x-schema-version").asInt()
        : "`" + message.path("name").asText() + "`";
  }

  private static String operations(JsonNode asyncApi, String channel, String action) {
    List<String> titles = new ArrayList<>();
    asyncApi
        .path("operations")
        .forEach(
            operation -> {
              if (operation.path("action").asText().equals(action)
                  && operation
                      .path("channel")
                      .path("$ref")
                      .asText()
                      .equals("#/channels/" + channel)) {
                titles.add(operation.path("title").asText());
              }
            });
    return titles.isEmpty() ? "–" : String.join("; ", titles);
  }

  private static void fields(StringBuilder md, JsonNode schema) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    md.append("| field | type | required | meaning |\n| --- | --- | --- | --- |\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      md.append("| `")
          .append(property.getKey())
          .append("` | ")
          .append(type(property.getValue()))
          .append(" | ")
          .append(required.contains(property.getKey()) ? "yes" : "no")
          .append(" | ")
          .append(property.getValue().path("description").asText().replace("|", "\\|"))
          .append(" |\n");
    }
  }

  private static String type(JsonNode property) {
    StringBuilder type = new StringBuilder(property.path("type").asText());
    if (property.has("format")) {
      type.append(" (").append(property.get("format").asText()).append(")");
    }
    if (property.has("enum")) {
      List<String> values = new ArrayList<>();
      property.get("enum").forEach(value -> values.add(value.asText()));
      type.append(": ").append(String.join(", ", values));
    }
    if (property.has("maxLength")) {
      type.append(", ≤ ").append(property.get("maxLength").asInt()).append(" chars");
    }
    return type.toString();
  }
}
