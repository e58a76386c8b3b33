package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Keeps the tickets index from the module's own ticket events, each event once. */
@ApplicationScoped
public class TicketSearchIndexing {

  public static final String CONSUMER = "ticket.search-index";

  /** The event types that carry the ticket's full state (all but comments so far). */
  private static final Set<String> TICKET_STATES = TicketEvents.TICKET_STATES;

  private final ProcessedEvents processed = new ProcessedEvents("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketIndexer indexer;

  /**
   * Applies one event: marks it processed and writes the ticket's state to the index, unless the
   * index holds a newer one. The index write happens inside the transaction of the mark: when it
   * fails, the mark rolls back and the event is retried; when the commit fails after it, the
   * redelivery finds the same version indexed and changes nothing.
   *
   * @return false for a redelivery
   * @throws io.ticketknowledge.platform.events.MalformedEventException when the event lacks the
   *     ticket state it should carry
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    // checked before anything is written, so a poison event costs one dead letter and no retries
    var ticket = TICKET_STATES.contains(event.type()) ? TicketIndex.fromEvent(event) : null;
    if (!processed.firstDelivery(em, CONSUMER, event.id())) {
      return false;
    }
    if (ticket != null) {
      indexer.indexIfNewer(ticket);
    }
    return true;
  }
}
