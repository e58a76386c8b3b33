package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.webhooks.entity.DeliveryStatus;
import io.ticketknowledge.ticket.webhooks.entity.Webhook;
import io.ticketknowledge.ticket.webhooks.entity.WebhookAttempt;
import io.ticketknowledge.ticket.webhooks.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliveries' state: taking due ones (each replica its own, {@code SKIP LOCKED}), recording
 * what an attempt came to (with the backoff), the admins' log and their manual redelivery.
 */
@ApplicationScoped
public class WebhookDeliveries {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject WebhookSettings settings;

  /** A delivery taken for one attempt, with what the call needs. */
  public record Taken(
      long id, int attempt, long webhookId, String url, String secretCipher, WebhookDelivery row) {}

  /** Takes up to {@code limit} due deliveries of active webhooks and leases them. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Taken> takeDue(int limit) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT d.id FROM ticket.webhook_deliveries d WHERE d.status = 'PENDING'"
                    + " AND d.next_attempt_at <= CURRENT_TIMESTAMP AND d.webhook_id IN"
                    + " (SELECT w.id FROM ticket.webhooks w WHERE w.active = TRUE)"
                    + " ORDER BY d.next_attempt_at, d.id LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    Duration lease = settings.lease();
    List<Taken> taken = new ArrayList<>(ids.size());
    for (Object id : ids) {
      WebhookDelivery delivery = em.find(WebhookDelivery.class, ((Number) id).longValue());
      Webhook hook = em.find(Webhook.class, delivery.webhookId());
      int attempt = delivery.lease(now, lease);
      taken.add(
          new Taken(delivery.id(), attempt, hook.id(), hook.url(), hook.secretCipher(), delivery));
    }
    return taken;
  }

  /** Logs the attempt and moves the delivery on: delivered, retried later, or failed for good. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long deliveryId, int attempt, WebhookAttempt.Outcome outcome) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null) {
      return; // the webhook was deleted meanwhile
    }
    em.persist(new WebhookAttempt(deliveryId, attempt, now, outcome));
    if (outcome.succeeded()) {
      delivery.succeeded(outcome.statusCode(), now);
    } else {
      Duration pause = settings.backoff().pauseAfter(delivery.countFailure());
      delivery.failed(outcome.statusCode(), outcome.summary(), pause, now);
    }
  }

  /** A webhook's deliveries, newest first, a page below {@code beforeId}. */
  @Transactional
  public List<WebhookDelivery> log(
      long webhookId, DeliveryStatus status, Long beforeId, int limit) {
    var query =
        em.createQuery(
                "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :hook"
                    + (status == null ? "" : " AND d.status = :status")
                    + (beforeId == null ? "" : " AND d.id < :before")
                    + " ORDER BY d.id DESC",
                WebhookDelivery.class)
            .setParameter("hook", webhookId)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (beforeId != null) {
      query.setParameter("before", beforeId);
    }
    return query.getResultList();
  }

  @Transactional
  public WebhookDelivery find(long webhookId, long deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || delivery.webhookId() != webhookId) {
      throw ApiException.notFound("webhook.delivery-not-found", deliveryId);
    }
    return delivery;
  }

  @Transactional
  public List<WebhookAttempt> attempts(long deliveryId) {
    return em.createQuery(
            "SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :delivery ORDER BY a.attempt",
            WebhookAttempt.class)
        .setParameter("delivery", deliveryId)
        .getResultList();
  }

  /** An admin sends it again, whatever became of it: due now with a fresh budget of attempts. */
  @Transactional
  public WebhookDelivery redeliver(long webhookId, long deliveryId) {
    WebhookDelivery delivery = find(webhookId, deliveryId);
    delivery.redeliver(OffsetDateTime.now(ZoneOffset.UTC));
    em.flush();
    return delivery;
  }
}
