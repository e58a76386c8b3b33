package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads JSON request bodies into records, refusing properties the record does not declare with a
 * 400 that names them (JSON-B ignores them silently: a client's typo such as {@code "priorty"} or a
 * field it may not set would otherwise pass unnoticed). Nested records and lists of records are
 * checked too. The document is then bound by JSON-B as before.
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

  /** Created on first use: JSON-B is the runtime's (a holder keeps the checks usable without). */
  private static final class Binder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream body) {
    JsonValue document;
    try (JsonReader reader = Jsons.reader(body)) {
      document = reader.readValue();
    } catch (JsonException unreadable) {
      // empty or cut-off bodies too (a size-limit problem inside stays the cause and wins)
      throw new JsonbException("the body is not a JSON document", unreadable);
    }
    if (!(document instanceof JsonObject object)) {
      throw new JsonbException("a JSON object is expected");
    }
    refuseUnknown(type, object, "");
    return Binder.JSONB.fromJson(object.toString(), genericType);
  }

  /** Throws a 400 naming the first property (as a path, e.g. members[0].role) not in the record. */
  static void refuseUnknown(Class<?> type, JsonObject object, String prefix) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known = new java.util.HashSet<>();
    for (RecordComponent component : components) {
      known.add(jsonName(component));
    }
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST, "problem.unknown-property.detail", prefix + name);
      }
    }
    for (RecordComponent component : components) {
      JsonValue value = object.get(jsonName(component));
      String path = prefix + jsonName(component);
      if (component.getType().isRecord() && value instanceof JsonObject nested) {
        refuseUnknown(component.getType(), nested, path + ".");
      } else if (value instanceof JsonArray array
          && component.getGenericType() instanceof ParameterizedType list
          && list.getActualTypeArguments()[0] instanceof Class<?> element
          && element.isRecord()) {
        for (int i = 0; i < array.size(); i++) {
          if (array.get(i) instanceof JsonObject item) {
            refuseUnknown(element, item, path + "[" + i + "].");
          }
        }
      }
    }
  }

  private static String jsonName(RecordComponent component) {
    JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
    if (renamed == null) {
      try {
        renamed =
            component
                .getDeclaringRecord()
                .getDeclaredField(component.getName())
                .getAnnotation(JsonbProperty.class);
      } catch (NoSuchFieldException impossible) {
        renamed = null;
      }
    }
    return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
  }
}
