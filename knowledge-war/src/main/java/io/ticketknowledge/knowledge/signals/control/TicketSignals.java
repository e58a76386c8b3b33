package io.ticketknowledge.knowledge.signals.control;

import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Keeps the ticket signals from ticket events, each event once. */
@ApplicationScoped
public class TicketSignals {

  public static final String CONSUMER = "knowledge.ticket-signals";

  private static final Set<String> TICKET_STATES = Set.of("ticket.opened", "ticket.changed");

  private final ProcessedEvents processed = new ProcessedEvents("knowledge");

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /**
   * Applies one event in its own transaction, together with its processed mark.
   *
   * @return false when the event was applied before (a redelivery)
   * @throws IllegalArgumentException when the event lacks the ticket state it should carry
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    if (!processed.firstDelivery(em, CONSUMER, event.id())) {
      return false;
    }
    if (TICKET_STATES.contains(event.type())) {
      JsonObject state = event.payload();
      String subject = required(state, "subject");
      String status = required(state, "status");
      String priority = required(state, "priority");
      TicketSignal signal = em.find(TicketSignal.class, event.aggregateId());
      if (signal == null) {
        signal = new TicketSignal(event.aggregateId());
        em.persist(signal);
      }
      signal.observe(
          event.version(), subject, status, priority, state.getString("requesterId", null));
    }
    return true;
  }

  public Optional<TicketSignal> find(String ticketId) {
    return Optional.ofNullable(em.find(TicketSignal.class, ticketId));
  }

  private static String required(JsonObject state, String field) {
    String value = state.getString(field, null);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("ticket event without " + field);
    }
    return value;
  }
}
