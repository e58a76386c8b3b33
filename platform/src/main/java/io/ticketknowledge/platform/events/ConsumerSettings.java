package io.ticketknowledge.platform.events;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How a consumer batches events and how it waits: {@code maxAttempts} bounds the retries of a
 * failure of unknown kind before a dead letter; transient faults are retried without limit, pausing
 * from {@code backoff} doubling up to {@code maxBackoff}; a consumer held up longer than {@code
 * stalledAfter} makes readiness DOWN.
 */
public record ConsumerSettings(
    int maxAttempts, Duration backoff, int batchSize, Duration maxBackoff, Duration stalledAfter) {

  public ConsumerSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("tk.events.consumer.max-attempts must be at least 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("tk.events.consumer.batch-size must be at least 1");
    }
  }

  public ConsumerSettings(int maxAttempts, Duration backoff) {
    this(maxAttempts, backoff, 500, backoff.multipliedBy(16), Duration.ofSeconds(30));
  }

  public static ConsumerSettings from(Config config) {
    return new ConsumerSettings(
        config.getValue("tk.events.consumer.max-attempts", Integer.class),
        Duration.ofMillis(config.getValue("tk.events.consumer.backoff-ms", Long.class)),
        config.getValue("tk.events.consumer.batch-size", Integer.class),
        Duration.ofMillis(config.getValue("tk.events.consumer.max-backoff-ms", Long.class)),
        Duration.ofMillis(config.getValue("tk.events.consumer.stalled-after-ms", Long.class)));
  }

  /** The pause before the {@code n}th retry of a transient fault (n from 1). */
  Duration pauseBefore(int n) {
    long millis = backoff.toMillis() << Math.min(n - 1, 20);
    return Duration.ofMillis(Math.min(Math.max(millis, 1), maxBackoff.toMillis()));
  }
}
