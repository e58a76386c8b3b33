package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tickets index: its definition (the versioned source of the mapping: change a field, raise the
 * version, run the reindex) and how a ticket becomes a document.
 */
public final class TicketIndex {

  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  public static final String STATUS = "status";
  public static final String PRIORITY = "priority";
  public static final String REQUESTER_ID = "requesterId";
  public static final String REQUESTER_NAME = "requesterName";
  public static final String CREATED_AT = "createdAt";
  public static final String UPDATED_AT = "updatedAt";
  public static final String VERSION = "version";

  /**
   * What documents are versioned by: the ticket's version plus its conversation's changes, so a
   * comment (which leaves the version alone) replaces the document too.
   */
  public static final String REVISION = "revision";

  /** The bodies of the public replies, for everyone who sees the ticket. */
  public static final String PUBLIC_COMMENTS = "publicComments";

  /**
   * The bodies of the internal notes: matched and shown only where the viewer is an agent of the
   * ticket ({@link TicketSearchPermissions}).
   */
  public static final String INTERNAL_COMMENTS = "internalComments";

  public static final String NUMBER = "number";
  public static final String TYPE = "type";
  public static final String GROUP_ID = "groupId";
  public static final String ASSIGNEE_ID = "assigneeId";
  public static final String CATEGORY_ID = "categoryId";
  public static final String TAGS = "tags";

  /** Values of custom fields as {@code key=value} keywords, for the {@code field=} filter. */
  public static final String CUSTOM_FIELDS = "customFields";

  /**
   * The facts visibility is decided on ({@code TicketAccess.keysOf}): requester, group (or none),
   * assignee. The rule itself is applied at query time, so changing it needs no reindex.
   */
  public static final String ACCESS = "access";

  /**
   * Subject matches weigh three times a description match: the subject is the requester's gist.
   * Version 2: number, type, group, assignee, category and the access keys. Version 3: the values
   * of custom fields. Version 4: folded text (Simplified → Traditional, the seed glossary's
   * regional terms; decision 0016), so a ticket is found the way Taiwanese users type. Version 5:
   * public replies and internal notes, versioned by the revision (decision 0020).
   */
  public static final IndexDefinition DEFINITION =
      new IndexDefinition(
              "tickets",
              5,
              List.of(
                  FieldDefinition.text(SUBJECT, 3f),
                  FieldDefinition.text(DESCRIPTION, 1f),
                  FieldDefinition.text(PUBLIC_COMMENTS, 0.8f),
                  FieldDefinition.text(INTERNAL_COMMENTS, 0.8f),
                  FieldDefinition.keyword(STATUS),
                  FieldDefinition.keyword(PRIORITY),
                  FieldDefinition.keyword(REQUESTER_ID),
                  FieldDefinition.keyword(REQUESTER_NAME),
                  FieldDefinition.date(CREATED_AT),
                  FieldDefinition.date(UPDATED_AT),
                  FieldDefinition.number(VERSION),
                  FieldDefinition.number(REVISION),
                  FieldDefinition.keyword(NUMBER),
                  FieldDefinition.keyword(TYPE),
                  FieldDefinition.keyword(GROUP_ID),
                  FieldDefinition.keyword(ASSIGNEE_ID),
                  FieldDefinition.keyword(CATEGORY_ID),
                  FieldDefinition.keyword(TAGS),
                  FieldDefinition.keyword(ACCESS),
                  FieldDefinition.keyword(CUSTOM_FIELDS)))
          .versionedBy(REVISION)
          .withFoldedText();

  private TicketIndex() {}

  public static SearchDocument document(IndexedTicket ticket) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(SUBJECT, ticket.subject());
    fields.put(DESCRIPTION, ticket.description());
    fields.put(STATUS, ticket.status());
    fields.put(PRIORITY, ticket.priority());
    fields.put(REQUESTER_ID, ticket.requesterId());
    if (ticket.requesterName() != null && !ticket.requesterName().isBlank()) {
      fields.put(REQUESTER_NAME, ticket.requesterName());
    }
    fields.put(CREATED_AT, ticket.createdAt());
    fields.put(UPDATED_AT, ticket.updatedAt());
    fields.put(VERSION, ticket.version());
    fields.put(REVISION, ticket.revision());
    if (!ticket.publicComments().isBlank()) {
      fields.put(PUBLIC_COMMENTS, ticket.publicComments());
    }
    if (!ticket.internalComments().isBlank()) {
      fields.put(INTERNAL_COMMENTS, ticket.internalComments());
    }
    putIfPresent(fields, NUMBER, ticket.number());
    putIfPresent(fields, TYPE, ticket.type());
    putIfPresent(fields, GROUP_ID, ticket.groupId());
    putIfPresent(fields, ASSIGNEE_ID, ticket.assigneeId());
    putIfPresent(fields, CATEGORY_ID, ticket.categoryId());
    if (!ticket.tags().isEmpty()) {
      fields.put(TAGS, ticket.tags());
    }
    if (!ticket.customFields().isEmpty()) {
      fields.put(CUSTOM_FIELDS, ticket.customFields());
    }
    fields.put(
        ACCESS,
        List.copyOf(
            TicketAccess.keysOf(
                ticket.requesterId(), ticket.groupId(), ticket.assigneeId(), ticket.watcherIds())));
    return new SearchDocument(String.valueOf(ticket.id()), fields);
  }

  private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
    if (value != null) {
      fields.put(name, String.valueOf(value));
    }
  }

  /** The revision a document was indexed at; empty for a document without one. */
  public static Optional<Long> versionOf(SearchDocument document) {
    Object version = document.fields().get(REVISION);
    return version instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }

  /**
   * The ticket state an event of the Ticket module carries ({@code TicketEvents}): the payload is
   * the full state after the change, the envelope's version its version.
   *
   * @throws MalformedEventException when the event is not about a ticket or lacks part of its
   *     state: no retry can fix that
   */
  public static IndexedTicket fromEvent(EventEnvelope event) {
    long id;
    try {
      id = Long.parseLong(event.aggregateId());
    } catch (NumberFormatException e) {
      throw new MalformedEventException("aggregateId is no ticket id: " + event.aggregateId());
    }
    JsonObject state = event.payload();
    return new IndexedTicket(
        id,
        text(state, SUBJECT),
        text(state, DESCRIPTION),
        text(state, STATUS),
        text(state, PRIORITY),
        text(state, REQUESTER_ID),
        optionalText(state, REQUESTER_NAME).orElse(""),
        instant(state, CREATED_AT),
        instant(state, UPDATED_AT),
        event.version(),
        optionalText(state, NUMBER).orElse(null),
        optionalText(state, TYPE).orElse(null),
        optionalNumber(state, GROUP_ID),
        optionalText(state, ASSIGNEE_ID).orElse(null),
        optionalNumber(state, CATEGORY_ID),
        strings(state, TAGS),
        strings(state, "watcherIds"),
        customFields(state));
  }

  /** {@code customFields: {"floor": 3, "sites": ["台北"]}} as {@code floor=3, sites=台北}. */
  private static List<String> customFields(JsonObject state) {
    JsonValue value = state.get(CUSTOM_FIELDS);
    if (!(value instanceof JsonObject fields)) {
      return List.of();
    }
    List<String> keywords = new java.util.ArrayList<>();
    fields.forEach(
        (key, field) -> {
          if (field instanceof jakarta.json.JsonArray options) {
            options.forEach(option -> keywords.add(key + "=" + keyword(option)));
          } else if (field.getValueType() != JsonValue.ValueType.NULL) {
            keywords.add(key + "=" + keyword(field));
          }
        });
    return keywords;
  }

  private static String keyword(JsonValue value) {
    return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
  }

  private static String text(JsonObject state, String field) {
    return optionalText(state, field)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> new MalformedEventException("ticket event without " + field));
  }

  private static Optional<String> optionalText(JsonObject state, String field) {
    JsonValue value = state.get(field);
    return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
  }

  private static List<String> strings(JsonObject state, String field) {
    JsonValue value = state.get(field);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new MalformedEventException("ticket event with " + field + " that are no list");
    }
    return array.stream()
        .map(tag -> tag instanceof JsonString text ? text.getString() : null)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private static Long optionalNumber(JsonObject state, String field) {
    JsonValue value = state.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.longValue();
    }
    throw new MalformedEventException("ticket event with a non-numeric " + field);
  }

  private static Instant instant(JsonObject state, String field) {
    String value = text(state, field);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("ticket event with an invalid " + field + ": " + value);
    }
  }
}
