package io.ticketknowledge.ticket.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event owed to one webhook: written by the consumer of {@code ticket.events} when the event
 * commits, then attempted by the dispatcher until the receiver answers 2xx or the attempts run out.
 */
@Entity
@Table(schema = "ticket", name = "webhook_deliveries")
public class WebhookDelivery {

  @Id
  @SequenceGenerator(
      name = "webhook_deliveries_ids",
      schema = "ticket",
      sequenceName = "webhook_deliveries_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_deliveries_ids")
  private Long id;

  @Column(name = "webhook_id", nullable = false)
  private long webhookId;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(name = "event_type", nullable = false, length = 200)
  private String eventType;

  /** The event envelope exactly as sent (the signature covers these bytes). */
  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "failures_in_row", nullable = false)
  private int failuresInRow;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      long webhookId, UUID eventId, String eventType, String body, OffsetDateTime now) {
    this.webhookId = webhookId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.body = body;
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /**
   * Takes the delivery for one attempt: pushes its due time out by {@code lease}, so another
   * replica does not take it meanwhile and a server that stops mid-attempt leaves it to be retried.
   *
   * @return the number of this attempt
   */
  public int lease(OffsetDateTime now, Duration lease) {
    nextAttemptAt = now.plus(lease);
    return ++attempts;
  }

  public void succeeded(int statusCode, OffsetDateTime now) {
    status = DeliveryStatus.DELIVERED;
    lastStatus = statusCode;
    lastError = null;
    failuresInRow = 0;
    nextAttemptAt = null;
    deliveredAt = now;
  }

  /** A failed attempt: retried after {@code pause}, or given up when {@code pause} is null. */
  public void failed(Integer statusCode, String error, Duration pause, OffsetDateTime now) {
    lastStatus = statusCode;
    lastError = error;
    if (pause == null) {
      status = DeliveryStatus.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(pause);
    }
  }

  /** Counts a failure in a row and returns the count (for the backoff). */
  public int countFailure() {
    return ++failuresInRow;
  }

  /** An admin asks for it again: a fresh budget of attempts, due now. */
  public void redeliver(OffsetDateTime now) {
    status = DeliveryStatus.PENDING;
    failuresInRow = 0;
    nextAttemptAt = now;
    deliveredAt = null;
  }

  public Long id() {
    return id;
  }

  public long webhookId() {
    return webhookId;
  }

  public UUID eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String body() {
    return body;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastError() {
    return lastError;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }
}
