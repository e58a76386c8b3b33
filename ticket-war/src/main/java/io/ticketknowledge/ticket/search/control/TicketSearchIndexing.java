package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps the tickets index from the module's own ticket events, each event once. */
@ApplicationScoped
public class TicketSearchIndexing implements EventHandler {

  public static final String CONSUMER = "ticket.search-index";

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
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    return applyAll(List.of(event)) == 1;
  }

  /**
   * Applies the events in one transaction: marks each processed and writes the newest state of
   * their tickets to the index in one bulk request (one refresh), before the commit. When the index
   * write fails, every mark rolls back and the batch is tried again (or split, to find the event at
   * fault).
   *
   * @return how many events were new
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int applyAll(List<EventEnvelope> events) {
    // checked before anything is written, so a poison event costs no database work
    List<IndexedTicket> states = new ArrayList<>(events.size());
    List<IndexedTicket> tickets = new ArrayList<>(events.size());
    for (EventEnvelope event : events) {
      states.add(
          TicketEventType.of(event).filter(TicketEventType::carriesTicketState).isPresent()
              ? TicketIndex.fromEvent(event)
              : null);
    }
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    int applied = fresh.size();
    for (int i = 0; i < events.size(); i++) {
      if (fresh.remove(events.get(i).id()) && states.get(i) != null) {
        tickets.add(states.get(i));
      }
    }
    indexer.indexAllIfNewer(tickets);
    return applied;
  }
}
