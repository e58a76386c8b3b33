package io.ticketknowledge.platform.events.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evolution rule of a published schema version (docs/events/README.md): what consumers could
 * rely on stays true. Within a version a property may be added when it is optional and nothing else
 * changes: no property removed, no type changed, the required set unchanged, no constraint narrowed
 * (enum values removed, a pattern or format added or changed, a limit tightened, extra properties
 * refused where they were allowed). Annotations (title, description, examples, default) may change
 * freely.
 */
final class SchemaCompatibility {

  /** Keywords that only document: they are left out of the locked shape. */
  static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$comment", "title", "description", "examples", "default");

  private static final Set<String> LOWER_LIMITS =
      Set.of("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties");
  private static final Set<String> UPPER_LIMITS =
      Set.of("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties");
  private static final Set<String> EXACT = Set.of("type", "const", "pattern", "format", "$ref");
  private static final Set<String> HANDLED =
      Set.of("properties", "required", "additionalProperties", "enum", "items");

  private SchemaCompatibility() {}

  /** The schema without its annotations, at every level: what the lock file keeps. */
  static JsonNode shape(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    strip(copy);
    return copy;
  }

  /**
   * What breaks consumers of {@code locked} when it is replaced by {@code current}; empty when
   * {@code current} only adds optional properties (or changes annotations).
   */
  static List<String> breakingChanges(JsonNode locked, JsonNode current) {
    List<String> problems = new ArrayList<>();
    compare("", shape(locked), shape(current), problems);
    return problems;
  }

  private static void compare(String at, JsonNode old, JsonNode now, List<String> problems) {
    String where = at.isEmpty() ? "/" : at;
    if (!old.isObject() || !now.isObject()) {
      if (!old.equals(now)) {
        problems.add(where + ": changed from " + old + " to " + now);
      }
      return;
    }
    for (String keyword : EXACT) {
      if (old.has(keyword) && !old.get(keyword).equals(now.get(keyword))) {
        problems.add(
            where
                + ": "
                + keyword
                + " changed from "
                + old.get(keyword)
                + " to "
                + now.get(keyword));
      } else if (!old.has(keyword) && now.has(keyword)) {
        problems.add(where + ": " + keyword + " added (narrows what was valid)");
      }
    }
    for (String limit : LOWER_LIMITS) {
      limit(where, limit, old, now, problems, true);
    }
    for (String limit : UPPER_LIMITS) {
      limit(where, limit, old, now, problems, false);
    }
    Set<String> oldRequired = names(old.get("required"));
    Set<String> newRequired = names(now.get("required"));
    for (String name : newRequired) {
      if (!oldRequired.contains(name)) {
        problems.add(where + ": " + name + " became required (a new version is needed)");
      }
    }
    for (String name : oldRequired) {
      if (!newRequired.contains(name)) {
        problems.add(where + ": " + name + " is no longer required (consumers rely on it)");
      }
    }
    JsonNode oldProperties = old.path("properties");
    JsonNode newProperties = now.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = oldProperties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode replacement = newProperties.get(property.getKey());
      if (replacement == null) {
        problems.add(where + ": property " + property.getKey() + " removed");
      } else {
        compare(
            at + "/properties/" + property.getKey(), property.getValue(), replacement, problems);
      }
    }
    if (isClosed(now) && !isClosed(old)) {
      problems.add(where + ": additionalProperties now refused");
    }
    if (old.has("additionalProperties")
        && old.get("additionalProperties").isObject()
        && now.has("additionalProperties")
        && now.get("additionalProperties").isObject()) {
      compare(
          at + "/additionalProperties",
          old.get("additionalProperties"),
          now.get("additionalProperties"),
          problems);
    }
    if (now.has("enum")) {
      Set<String> oldValues = values(old.get("enum"));
      if (!old.has("enum")) {
        problems.add(where + ": enum added (narrows what was valid)");
      } else {
        for (String value : oldValues) {
          if (!values(now.get("enum")).contains(value)) {
            problems.add(where + ": enum value " + value + " removed");
          }
        }
      }
    }
    if (old.has("items")) {
      compare(at + "/items", old.get("items"), now.path("items"), problems);
    }
    for (Iterator<String> it = now.fieldNames(); it.hasNext(); ) {
      String keyword = it.next();
      boolean known =
          EXACT.contains(keyword)
              || LOWER_LIMITS.contains(keyword)
              || UPPER_LIMITS.contains(keyword)
              || HANDLED.contains(keyword);
      if (!known && !now.get(keyword).equals(old.get(keyword))) {
        problems.add(
            where + ": " + keyword + " changed: the rule cannot tell whether that narrows");
      }
    }
  }

  private static void limit(
      String where,
      String limit,
      JsonNode old,
      JsonNode now,
      List<String> problems,
      boolean lower) {
    if (!now.has(limit)) {
      return;
    }
    if (!old.has(limit)) {
      problems.add(where + ": " + limit + " added (narrows what was valid)");
      return;
    }
    double before = old.get(limit).asDouble();
    double after = now.get(limit).asDouble();
    if (lower ? after > before : after < before) {
      problems.add(where + ": " + limit + " tightened from " + before + " to " + after);
    }
  }

  private static boolean isClosed(JsonNode schema) {
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isBoolean() && !additional.asBoolean();
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new HashSet<>();
    if (array != null) {
      array.forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new HashSet<>();
    if (array != null) {
      array.forEach(value -> values.add(value.toString()));
    }
    return values;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(ANNOTATIONS);
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals("properties") && field.getValue() instanceof ObjectNode map) {
          // its keys are property names ("description" is one), not keywords: only the values
          map.forEach(SchemaCompatibility::strip);
        } else {
          strip(field.getValue());
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(SchemaCompatibility::strip);
    }
  }
}
