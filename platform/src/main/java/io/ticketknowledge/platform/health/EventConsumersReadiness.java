package io.ticketknowledge.platform.health;

import io.ticketknowledge.platform.events.ConsumerStatus;
import io.ticketknowledge.platform.events.EventConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The event consumers: each one is listed as {@code flowing} or {@code stalled <n> s: <error>} (it
 * waits for a backing service to come back); DOWN when one has been stalled longer than {@code
 * tk.events.consumer.stalled-after-ms}.
 */
@Readiness
@Alternative
@ApplicationScoped
public class EventConsumersReadiness implements HealthCheck {

  @Inject EventConsumers consumers;

  @Inject
  @ConfigProperty(name = "tk.events.consumer.stalled-after-ms", defaultValue = "30000")
  long stalledAfterMs;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").up();
    Duration limit = Duration.ofMillis(stalledAfterMs);
    for (ConsumerStatus status : consumers.statuses()) {
      var stalled = status.stalledFor();
      if (stalled.isEmpty()) {
        response.withData(status.consumer(), "flowing");
        continue;
      }
      String error = status.lastError().orElse("");
      response.withData(
          status.consumer(),
          "stalled "
              + stalled.get().toSeconds()
              + " s: "
              + (error.length() > 200 ? error.substring(0, 200) : error));
      if (stalled.get().compareTo(limit) > 0) {
        response.down();
      }
    }
    return response.build();
  }
}
