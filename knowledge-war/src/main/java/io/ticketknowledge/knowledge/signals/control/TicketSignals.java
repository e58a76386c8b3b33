package io.ticketknowledge.knowledge.signals.control;

import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Keeps the ticket signals from ticket events, each event once. */
@ApplicationScoped
public class TicketSignals implements EventHandler {

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
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    return applyInTransaction(event);
  }

  /**
   * Applies the events in one transaction, each with its processed mark: all commit or none.
   *
   * @return how many were new
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int applyAll(List<EventEnvelope> events) {
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    int applied = fresh.size();
    Map<String, TicketSignal> signals = new HashMap<>();
    List<String> ticketIds =
        events.stream()
            .filter(e -> fresh.contains(e.id()) && TICKET_STATES.contains(e.type()))
            .map(EventEnvelope::aggregateId)
            .distinct()
            .toList();
    if (!ticketIds.isEmpty()) {
      // one query for the batch's signals instead of one per event
      em.createQuery("select s from TicketSignal s where s.ticketId in :ids", TicketSignal.class)
          .setParameter("ids", ticketIds)
          .getResultList()
          .forEach(signal -> signals.put(signal.ticketId(), signal));
    }
    for (EventEnvelope event : events) {
      if (fresh.remove(event.id())) {
        observe(event, signals);
      }
    }
    return applied;
  }

  private boolean applyInTransaction(EventEnvelope event) {
    if (!processed.firstDelivery(em, CONSUMER, event.id())) {
      return false;
    }
    observe(event, new HashMap<>());
    return true;
  }

  /** Applies one event's ticket state; {@code known} holds signals loaded or created before. */
  private void observe(EventEnvelope event, Map<String, TicketSignal> known) {
    if (!TICKET_STATES.contains(event.type())) {
      return;
    }
    JsonObject state = event.payload();
    String subject = required(state, "subject");
    String status = required(state, "status");
    String priority = required(state, "priority");
    TicketSignal signal =
        known.computeIfAbsent(event.aggregateId(), id -> em.find(TicketSignal.class, id));
    if (signal == null) {
      signal = new TicketSignal(event.aggregateId());
      em.persist(signal);
      known.put(event.aggregateId(), signal);
    }
    signal.observe(event.version(), subject, status, priority);
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
