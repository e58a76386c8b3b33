package io.ticketknowledge.platform.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document against its definition and converts its values to and from plain JSON values
 * (what both adapters keep as the document's source: dates as epoch milliseconds).
 */
public final class DocumentValues {

  private DocumentValues() {}

  /** The document's values as JSON values; rejects unknown fields and values of the wrong type. */
  public static Map<String, Object> toJson(IndexDefinition definition, SearchDocument document) {
    Map<String, Object> json = new LinkedHashMap<>();
    document
        .fields()
        .forEach(
            (name, value) -> {
              FieldDefinition field =
                  definition
                      .field(name)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  definition
                                      + " has no field "
                                      + name
                                      + " (document "
                                      + document.id()
                                      + ")"));
              if (value != null) {
                json.put(name, jsonValue(field, value, document.id()));
              }
            });
    return json;
  }

  /** Typed values (Instant for dates, Long for numbers) from a stored JSON source. */
  public static Map<String, Object> fromJson(IndexDefinition definition, Map<String, ?> json) {
    Map<String, Object> typed = new LinkedHashMap<>();
    json.forEach(
        (name, value) ->
            definition
                .field(name)
                .ifPresent(
                    field -> {
                      if (value != null) {
                        typed.put(name, typedValue(field, value));
                      }
                    }));
    return typed;
  }

  /** Only the fields the definition marks as stored. */
  public static Map<String, Object> storedOnly(
      IndexDefinition definition, Map<String, Object> typed) {
    Map<String, Object> stored = new LinkedHashMap<>();
    typed.forEach(
        (name, value) -> {
          if (definition.field(name).map(FieldDefinition::stored).orElse(false)) {
            stored.put(name, value);
          }
        });
    return stored;
  }

  /** The values of a keyword field as a list, whether one value or many were given. */
  /** The text fields' values, one per line: what more-like-this compares a document by. */
  public static String textOf(IndexDefinition definition, Map<String, Object> fields) {
    StringBuilder text = new StringBuilder();
    for (FieldDefinition field : definition.fieldsOf(FieldType.TEXT)) {
      Object value = fields.get(field.name());
      if (value != null) {
        text.append(value).append('\n');
      }
    }
    return text.toString();
  }

  public static List<String> keywords(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static Object jsonValue(FieldDefinition field, Object value, String id) {
    return switch (field.type()) {
      case TEXT -> {
        if (!(value instanceof String text)) {
          throw wrongType(field, value, id);
        }
        yield text;
      }
      case KEYWORD -> {
        if (value instanceof String text) {
          yield text;
        }
        if (value instanceof Collection<?> values
            && values.stream().allMatch(v -> v instanceof String)) {
          yield new ArrayList<>(values);
        }
        throw wrongType(field, value, id);
      }
      case DATE -> {
        if (!(value instanceof Instant instant)) {
          throw wrongType(field, value, id);
        }
        yield instant.toEpochMilli();
      }
      case LONG -> {
        if (!(value instanceof Long || value instanceof Integer || value instanceof Short)) {
          throw wrongType(field, value, id);
        }
        yield ((Number) value).longValue();
      }
    };
  }

  private static Object typedValue(FieldDefinition field, Object json) {
    return switch (field.type()) {
      case TEXT -> String.valueOf(json);
      case KEYWORD ->
          json instanceof Collection<?> values ? keywords(values) : String.valueOf(json);
      case DATE -> Instant.ofEpochMilli(((Number) json).longValue());
      case LONG -> ((Number) json).longValue();
    };
  }

  private static IllegalArgumentException wrongType(
      FieldDefinition field, Object value, String id) {
    return new IllegalArgumentException(
        "field "
            + field.name()
            + " ("
            + field.type()
            + ") cannot hold a "
            + value.getClass().getSimpleName()
            + " (document "
            + id
            + ")");
  }
}
