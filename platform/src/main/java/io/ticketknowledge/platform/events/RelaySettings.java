package io.ticketknowledge.platform.events;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How an outbox relay paces itself (keys {@code tk.events.relay.*}) and how long the event tables
 * keep what is done: published outbox rows and processed-event marks.
 */
public record RelaySettings(
    Duration interval,
    int batchSize,
    Duration ackTimeout,
    Duration maxBackoff,
    Duration retention,
    int maxAttempts,
    Duration processedRetention) {

  public static RelaySettings from(Config config) {
    return new RelaySettings(
        Duration.ofMillis(config.getValue("tk.events.relay.interval-ms", Long.class)),
        config.getValue("tk.events.relay.batch-size", Integer.class),
        Duration.ofMillis(config.getValue("tk.events.relay.ack-timeout-ms", Long.class)),
        Duration.ofMillis(config.getValue("tk.events.relay.max-backoff-ms", Long.class)),
        Duration.ofHours(config.getValue("tk.events.outbox.retention-hours", Long.class)),
        config.getValue("tk.events.relay.max-attempts", Integer.class),
        Duration.ofDays(config.getValue("tk.events.processed.retention-days", Long.class)));
  }

  /** Doubling from the interval up to the maximum, by consecutive failed cycles. */
  Duration backoffAfter(int failedCycles) {
    long millis = interval.toMillis() << Math.min(failedCycles, 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
