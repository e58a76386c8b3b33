package io.ticketknowledge.knowledge.signals.entity;

import io.ticketknowledge.platform.events.MalformedEventException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What Knowledge reads of a ticket event's payload (ticket.opened v1 and ticket.changed v1 carry
 * the ticket's full state), by the property names of docs/events/schemas/ticket.*.v1.json. Other
 * properties are ignored: new optional ones may appear at any time.
 */
public record TicketObservation(
    String subject, String status, String priority, String requesterId) {

  public static final String SUBJECT = "subject";
  public static final String STATUS = "status";
  public static final String PRIORITY = "priority";
  public static final String REQUESTER_ID = "requesterId";

  /**
   * @throws MalformedEventException when the payload lacks what Knowledge keeps: no retry can fix
   *     that
   */
  public static TicketObservation from(JsonObject payload) {
    return new TicketObservation(
        required(payload, SUBJECT),
        required(payload, STATUS),
        required(payload, PRIORITY),
        payload.getString(REQUESTER_ID, null));
  }

  private static String required(JsonObject payload, String field) {
    JsonValue value = payload.get(field);
    if (value instanceof JsonString text && !text.getString().isBlank()) {
      return text.getString();
    }
    throw new MalformedEventException("ticket event without " + field);
  }
}
