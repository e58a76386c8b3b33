package io.ticketknowledge.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a consumer is flowing or waiting for a backing service to come back, and since when: what
 * readiness reports for it.
 */
public final class ConsumerStatus {

  private final String consumer;
  private final Clock clock;
  private volatile Instant stalledSince;
  private volatile String lastError;

  public ConsumerStatus(String consumer, Clock clock) {
    this.consumer = consumer;
    this.clock = clock;
  }

  public String consumer() {
    return consumer;
  }

  /** A transient fault held the consumer up; the first one starts the stall. */
  public void stalled(String error) {
    if (stalledSince == null) {
      stalledSince = clock.instant();
    }
    lastError = error;
  }

  /** Events flow again. */
  public void flowing() {
    stalledSince = null;
    lastError = null;
  }

  /** How long the consumer has been waiting; empty while it flows. */
  public Optional<Duration> stalledFor() {
    Instant since = stalledSince;
    return since == null ? Optional.empty() : Optional.of(Duration.between(since, clock.instant()));
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
