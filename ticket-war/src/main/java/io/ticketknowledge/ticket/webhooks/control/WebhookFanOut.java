package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.ticket.webhooks.entity.Webhook;
import io.ticketknowledge.ticket.webhooks.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The consumer of {@code ticket.events} (fed by the module's outbox) that turns each committed
 * event into one pending delivery per active webhook subscribed to its type, in the batch's
 * transaction and at most once per event ({@code processed_event}). Sending is the dispatcher's
 * job: a slow receiver never holds back the event stream.
 */
@ApplicationScoped
public class WebhookFanOut implements EventHandler {

  public static final String CONSUMER = "ticket.webhooks";

  private final ProcessedEvents processed = new ProcessedEvents("ticket");

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(EventEnvelope event) {
    return applyAll(List.of(event)) == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int applyAll(List<EventEnvelope> events) {
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    if (fresh.isEmpty()) {
      return 0;
    }
    List<Webhook> hooks =
        em.createQuery("SELECT w FROM Webhook w WHERE w.active = TRUE", Webhook.class)
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (EventEnvelope event : events) {
      if (!fresh.contains(event.id())) {
        continue;
      }
      for (Webhook hook : hooks) {
        if (hook.subscribesTo(event.type())) {
          em.persist(new WebhookDelivery(hook.id(), event.id(), event.type(), event.toJson(), now));
        }
      }
    }
    return fresh.size();
  }
}
