package io.ticketknowledge.ticket.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One try of a delivery, for the admins' delivery log: the receiver's status (null when none
 * answered), how long it took, the error, and a short excerpt of the answer (never more).
 */
@Entity
@Table(schema = "ticket", name = "webhook_attempts")
public class WebhookAttempt {

  @Id
  @SequenceGenerator(
      name = "webhook_attempts_ids",
      schema = "ticket",
      sequenceName = "webhook_attempts_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempts_ids")
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private long deliveryId;

  @Column(nullable = false)
  private int attempt;

  @Column(name = "attempted_at", nullable = false)
  private OffsetDateTime attemptedAt;

  @Column(name = "status_code")
  private Integer statusCode;

  @Column(name = "duration_ms", nullable = false)
  private long durationMs;

  @Column(length = 500)
  private String error;

  @Column(name = "response_excerpt", length = 500)
  private String responseExcerpt;

  protected WebhookAttempt() {}

  public WebhookAttempt(long deliveryId, int attempt, OffsetDateTime attemptedAt, Outcome outcome) {
    this.deliveryId = deliveryId;
    this.attempt = attempt;
    this.attemptedAt = attemptedAt;
    this.statusCode = outcome.statusCode();
    this.durationMs = outcome.durationMs();
    this.error = outcome.error();
    this.responseExcerpt = outcome.excerpt();
  }

  /** What one HTTP call came to. */
  public record Outcome(Integer statusCode, long durationMs, String error, String excerpt) {

    public boolean succeeded() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** For the delivery row: the error, or the status when the receiver refused. */
    public String summary() {
      return error != null ? error : succeeded() ? null : "HTTP " + statusCode;
    }
  }

  public Long id() {
    return id;
  }

  public long deliveryId() {
    return deliveryId;
  }

  public int attempt() {
    return attempt;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public long durationMs() {
    return durationMs;
  }

  public String error() {
    return error;
  }

  public String responseExcerpt() {
    return responseExcerpt;
  }
}
