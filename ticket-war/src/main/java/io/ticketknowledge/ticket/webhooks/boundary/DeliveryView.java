package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.ticket.webhooks.entity.DeliveryStatus;
import io.ticketknowledge.ticket.webhooks.entity.WebhookAttempt;
import io.ticketknowledge.ticket.webhooks.entity.WebhookDelivery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One delivery of the log; {@code attempts} only when a single delivery is read. */
public record DeliveryView(
    long id,
    long webhookId,
    UUID eventId,
    String eventType,
    DeliveryStatus status,
    int attempts,
    Integer lastStatusCode,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime deliveredAt,
    List<AttemptView> attemptLog) {

  /** One try: the receiver's status (absent when none answered), duration, error, excerpt. */
  public record AttemptView(
      int attempt,
      OffsetDateTime attemptedAt,
      Integer statusCode,
      long durationMs,
      String error,
      String responseExcerpt) {

    static AttemptView of(WebhookAttempt attempt) {
      return new AttemptView(
          attempt.attempt(),
          attempt.attemptedAt(),
          attempt.statusCode(),
          attempt.durationMs(),
          attempt.error(),
          attempt.responseExcerpt());
    }
  }

  public static DeliveryView of(WebhookDelivery delivery) {
    return of(delivery, null);
  }

  public static DeliveryView of(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    return new DeliveryView(
        delivery.id(),
        delivery.webhookId(),
        delivery.eventId(),
        delivery.eventType(),
        delivery.status(),
        delivery.attempts(),
        delivery.lastStatus(),
        delivery.lastError(),
        delivery.createdAt(),
        delivery.nextAttemptAt(),
        delivery.deliveredAt(),
        attempts == null ? null : attempts.stream().map(AttemptView::of).toList());
  }
}
