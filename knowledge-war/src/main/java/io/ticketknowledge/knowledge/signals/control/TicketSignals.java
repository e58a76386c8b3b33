package io.ticketknowledge.knowledge.signals.control;

import io.ticketknowledge.knowledge.signals.entity.ObservedTicketEvent;
import io.ticketknowledge.knowledge.signals.entity.TicketObservation;
import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps the ticket signals from ticket events, each event once. */
@ApplicationScoped
public class TicketSignals {

  public static final String CONSUMER = "knowledge.ticket-signals";

  private final ProcessedEvents processed = new ProcessedEvents("knowledge");

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /**
   * Applies one event in its own transaction, together with its processed mark.
   *
   * @return false when the event was applied before (a redelivery)
   * @throws io.ticketknowledge.platform.events.MalformedEventException when the event lacks the
   *     ticket state it should carry or is of a schema version not known here
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    // read before anything is written, so a poison event costs one dead letter and no retries
    Optional<TicketObservation> observed =
        ObservedTicketEvent.of(event).map(type -> TicketObservation.from(event.payload()));
    if (!processed.firstDelivery(em, CONSUMER, event.id())) {
      return false;
    }
    if (observed.isPresent()) {
      TicketObservation ticket = observed.get();
      TicketSignal signal = em.find(TicketSignal.class, event.aggregateId());
      if (signal == null) {
        signal = new TicketSignal(event.aggregateId());
        em.persist(signal);
      }
      signal.observe(event.version(), ticket.subject(), ticket.status(), ticket.priority());
    }
    return true;
  }

  public Optional<TicketSignal> find(String ticketId) {
    return Optional.ofNullable(em.find(TicketSignal.class, ticketId));
  }
}
