package io.ticketknowledge.knowledge.signals.control;

import io.ticketknowledge.knowledge.privacy.control.ErasureFollower;
import io.ticketknowledge.knowledge.privacy.entity.ObservedPersonEvent;
import io.ticketknowledge.knowledge.signals.entity.ObservedTicketEvent;
import io.ticketknowledge.knowledge.signals.entity.TicketObservation;
import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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

  private final ProcessedEvents processed = new ProcessedEvents("knowledge");

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ErasureFollower erasures;

  /**
   * Applies one event in its own transaction, together with its processed mark.
   *
   * @return false when the event was applied before (a redelivery)
   * @throws io.ticketknowledge.platform.events.MalformedEventException when the event lacks the
   *     ticket state it should carry or is of a schema version not known here
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    return applyAll(List.of(event)) == 1;
  }

  /**
   * Applies the events in one transaction, each with its processed mark: all commit or none.
   *
   * @return how many were new
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int applyAll(List<EventEnvelope> events) {
    // read before anything is written, so a poison event costs one dead letter and no retries
    List<Optional<TicketObservation>> observed =
        events.stream()
            .map(e -> ObservedTicketEvent.of(e).map(type -> TicketObservation.from(e.payload())))
            .toList();
    // person.erased travels on ticket.events too: Knowledge erases its part (decision 0026)
    List<Optional<SubjectId>> erased = events.stream().map(ObservedPersonEvent::erased).toList();
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    int applied = fresh.size();
    for (int i = 0; i < events.size(); i++) {
      if (erased.get(i).isPresent() && fresh.remove(events.get(i).id())) {
        erasures.follow(events.get(i), erased.get(i).get());
      }
    }
    Map<String, TicketSignal> signals = new HashMap<>();
    List<String> ticketIds = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (fresh.contains(events.get(i).id()) && observed.get(i).isPresent()) {
        ticketIds.add(events.get(i).aggregateId());
      }
    }
    if (!ticketIds.isEmpty()) {
      // one query for the batch's signals instead of one per event
      em.createQuery("select s from TicketSignal s where s.ticketId in :ids", TicketSignal.class)
          .setParameter("ids", ticketIds.stream().distinct().toList())
          .getResultList()
          .forEach(signal -> signals.put(signal.ticketId(), signal));
    }
    for (int i = 0; i < events.size(); i++) {
      EventEnvelope event = events.get(i);
      if (fresh.remove(event.id()) && observed.get(i).isPresent()) {
        observe(event, observed.get(i).get(), signals);
      }
    }
    return applied;
  }

  /** Applies one event's ticket state; {@code known} holds signals loaded or created before. */
  private void observe(
      EventEnvelope event, TicketObservation ticket, Map<String, TicketSignal> known) {
    TicketSignal signal = known.get(event.aggregateId());
    if (signal == null) {
      signal = new TicketSignal(event.aggregateId());
      em.persist(signal);
      known.put(event.aggregateId(), signal);
    }
    signal.observe(
        event.version(),
        ticket.subject(),
        ticket.status(),
        ticket.priority(),
        ticket.requesterId());
  }

  public Optional<TicketSignal> find(String ticketId) {
    return Optional.ofNullable(em.find(TicketSignal.class, ticketId));
  }
}
