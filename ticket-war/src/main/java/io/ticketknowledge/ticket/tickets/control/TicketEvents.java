package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records what happened to tickets in the module's outbox, inside the caller's transaction: every
 * event this module publishes is built here, of a {@link TicketEventType} with the payload its
 * schema names (docs/events/schemas). The payload is the ticket's state after the change, so
 * consumers need no second lookup.
 */
@ApplicationScoped
public class TicketEvents {

  public static final String TOPIC = TicketEventType.TOPIC;

  private final Outbox outbox = new Outbox("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public void opened(Ticket ticket, CurrentUser actor) {
    outbox.append(em, TOPIC, opened(ticket, actor.id()));
  }

  public void changed(Ticket ticket, CurrentUser actor) {
    outbox.append(em, TOPIC, changed(ticket, actor.id()));
  }

  static EventEnvelope opened(Ticket ticket, String actor) {
    return stateEvent(TicketEventType.OPENED, ticket, actor);
  }

  static EventEnvelope changed(Ticket ticket, String actor) {
    return stateEvent(TicketEventType.CHANGED, ticket, actor);
  }

  private static EventEnvelope stateEvent(TicketEventType type, Ticket ticket, String actor) {
    return EventEnvelope.of(
        type.type(), ticket.id(), ticket.version(), actor, TicketState.of(ticket).toJson());
  }
}
