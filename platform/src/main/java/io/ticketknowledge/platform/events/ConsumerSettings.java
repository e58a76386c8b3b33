package io.ticketknowledge.platform.events;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** How often a consumer retries a failing event before it dead-letters it. */
public record ConsumerSettings(int maxAttempts, Duration backoff) {

  public ConsumerSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("tk.events.consumer.max-attempts must be at least 1");
    }
  }

  public static ConsumerSettings from(Config config) {
    return new ConsumerSettings(
        config.getValue("tk.events.consumer.max-attempts", Integer.class),
        Duration.ofMillis(config.getValue("tk.events.consumer.backoff-ms", Long.class)));
  }
}
