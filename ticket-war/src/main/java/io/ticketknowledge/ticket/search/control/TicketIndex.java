package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.entity.TicketState;
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
   * Subject matches weigh three times a description match: the subject is the requester's gist.
   * Versioned by the ticket's version: whoever writes (the consumer on any replica, a reindex, its
   * catch-up, a replayed dead letter), the engine never lets an older state replace a newer one.
   */
  public static final IndexDefinition DEFINITION =
      new IndexDefinition(
              "tickets",
              1,
              List.of(
                  FieldDefinition.text(SUBJECT, 3f),
                  FieldDefinition.text(DESCRIPTION, 1f),
                  FieldDefinition.keyword(STATUS),
                  FieldDefinition.keyword(PRIORITY),
                  FieldDefinition.keyword(REQUESTER_ID),
                  FieldDefinition.keyword(REQUESTER_NAME),
                  FieldDefinition.date(CREATED_AT),
                  FieldDefinition.date(UPDATED_AT),
                  FieldDefinition.number(VERSION)))
          .versionedBy(VERSION);

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
    return new SearchDocument(String.valueOf(ticket.id()), fields);
  }

  /** The ticket version a document was indexed at; empty for a document without one. */
  public static Optional<Long> versionOf(SearchDocument document) {
    Object version = document.fields().get(VERSION);
    return version instanceof Number number ? Optional.of(number.longValue()) : Optional.empty();
  }

  /**
   * The ticket state an event of the Ticket module carries ({@code TicketEvents}): the payload is
   * the full state after the change ({@link TicketState}), the envelope's version its version.
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
    TicketState state = TicketState.fromJson(event.payload());
    return new IndexedTicket(
        id,
        state.subject(),
        state.description(),
        state.status(),
        state.priority(),
        state.requesterId(),
        state.requesterName(),
        state.createdAt(),
        state.updatedAt(),
        event.version());
  }
}
