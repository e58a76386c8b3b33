package io.ticketknowledge.ticket.tickets.entity;

import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.json.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The payload of {@code ticket.opened} v1 and {@code ticket.changed} v1: a ticket's full state
 * after the change (docs/events/schemas/ticket.opened.v1.json). The one place of this module that
 * knows the payload's property names: {@code TicketEvents} writes through it, the search index
 * reads through it.
 */
public record TicketState(
    long id,
    String subject,
    String description,
    String status,
    String priority,
    String requesterId,
    String requesterName,
    Instant createdAt,
    Instant updatedAt) {

  public static final String ID = "id";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  public static final String STATUS = "status";
  public static final String PRIORITY = "priority";
  public static final String REQUESTER_ID = "requesterId";
  public static final String REQUESTER_NAME = "requesterName";
  public static final String CREATED_AT = "createdAt";
  public static final String UPDATED_AT = "updatedAt";

  public static TicketState of(Ticket ticket) {
    return new TicketState(
        ticket.id(),
        ticket.subject(),
        ticket.description(),
        ticket.status().name(),
        ticket.priority().name(),
        ticket.requesterId(),
        ticket.requesterName() == null ? "" : ticket.requesterName(),
        ticket.createdAt().toInstant(),
        ticket.updatedAt().toInstant());
  }

  public JsonObject toJson() {
    return Jsons.objectBuilder()
        .add(ID, id)
        .add(SUBJECT, subject)
        .add(DESCRIPTION, description)
        .add(STATUS, status)
        .add(PRIORITY, priority)
        .add(REQUESTER_ID, requesterId)
        .add(REQUESTER_NAME, requesterName)
        .add(CREATED_AT, createdAt.toString())
        .add(UPDATED_AT, updatedAt.toString())
        .build();
  }

  /**
   * Reads the state an event carries. {@code requesterName} is optional on reading (tolerant of
   * states written before it was required); the rest must be there.
   *
   * @throws MalformedEventException when part of the state is missing or unreadable: no retry can
   *     fix that
   */
  public static TicketState fromJson(JsonObject state) {
    return new TicketState(
        id(state),
        text(state, SUBJECT),
        text(state, DESCRIPTION),
        text(state, STATUS),
        text(state, PRIORITY),
        text(state, REQUESTER_ID),
        optionalText(state, REQUESTER_NAME).orElse(""),
        instant(state, CREATED_AT),
        instant(state, UPDATED_AT));
  }

  private static long id(JsonObject state) {
    JsonValue value = state.get(ID);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.longValue();
    }
    throw new MalformedEventException("ticket event without a numeric " + ID);
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

  private static Instant instant(JsonObject state, String field) {
    String value = text(state, field);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("ticket event with an invalid " + field + ": " + value);
    }
  }
}
