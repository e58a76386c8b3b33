package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Keeps the tickets index from the module's own ticket events, each event once. The document is the
 * ticket as the database holds it when the event is applied (its conversation included, which no
 * event carries whole); the event's own state stands in for a ticket this database lacks.
 */
@ApplicationScoped
public class TicketSearchIndexing implements EventHandler {

  public static final String CONSUMER = "ticket.search-index";

  private final ProcessedEvents processed = new ProcessedEvents("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketIndexer indexer;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

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
  /** Events that change what a ticket's comment fields hold, without the ticket's state. */
  private static boolean changesConversation(TicketEventType type) {
    return type == TicketEventType.COMMENTED || type == TicketEventType.COMMENT_EDITED;
  }

  private static long ticketId(EventEnvelope event) {
    try {
      return Long.parseLong(event.aggregateId());
    } catch (NumberFormatException e) {
      throw new MalformedEventException("aggregateId is no ticket id: " + event.aggregateId());
    }
  }

  private TicketRows rows() {
    return new TicketRows(dataSource, Duration.ZERO);
  }

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
    List<Long> ticketIds = new ArrayList<>(events.size());
    for (EventEnvelope event : events) {
      Optional<TicketEventType> type = TicketEventType.of(event);
      boolean state = type.filter(TicketEventType::carriesTicketState).isPresent();
      states.add(state ? TicketIndex.fromEvent(event) : null);
      ticketIds.add(
          state || type.filter(TicketSearchIndexing::changesConversation).isPresent()
              ? ticketId(event)
              : null);
    }
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    int applied = fresh.size();
    Map<Long, IndexedTicket> fromEvents = new LinkedHashMap<>();
    Set<Long> changed = new LinkedHashSet<>();
    for (int i = 0; i < events.size(); i++) {
      if (fresh.remove(events.get(i).id()) && ticketIds.get(i) != null) {
        changed.add(ticketIds.get(i));
        if (states.get(i) != null) {
          fromEvents.merge(
              ticketIds.get(i),
              states.get(i),
              (kept, next) -> next.version() > kept.version() ? next : kept);
        }
      }
    }
    List<IndexedTicket> tickets = new ArrayList<>(rows().byIds(changed));
    tickets.forEach(ticket -> fromEvents.remove(ticket.id()));
    tickets.addAll(fromEvents.values());
    indexer.indexAllIfNewer(tickets);
    return applied;
  }
}
