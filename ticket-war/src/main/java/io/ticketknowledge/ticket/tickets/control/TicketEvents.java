package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records what happened to tickets in the module's outbox, inside the caller's transaction. The
 * payload is the ticket's state after the change, so consumers need no second lookup.
 */
@ApplicationScoped
public class TicketEvents {

  public static final String TOPIC = "ticket.events";

  private final Outbox outbox = new Outbox("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public void opened(Ticket ticket, CurrentUser actor) {
    record("ticket.opened", ticket, actor);
  }

  public void changed(Ticket ticket, CurrentUser actor) {
    record("ticket.changed", ticket, actor);
  }

  private void record(String type, Ticket ticket, CurrentUser actor) {
    outbox.append(
        em,
        TOPIC,
        EventEnvelope.of(type, ticket.id(), ticket.version(), actor.id(), state(ticket)));
  }

  static JsonObject state(Ticket ticket) {
    return Json.createObjectBuilder()
        .add("id", ticket.id())
        .add("subject", ticket.subject())
        .add("description", ticket.description())
        .add("status", ticket.status().name())
        .add("priority", ticket.priority().name())
        .add("requesterId", ticket.requesterId())
        .add("requesterName", ticket.requesterName())
        .add("createdAt", ticket.createdAt().toString())
        .add("updatedAt", ticket.updatedAt().toString())
        .build();
  }
}
