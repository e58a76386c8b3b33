package io.ticketknowledge.platform.health;

import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Runs one probe of a backing service and turns its outcome into a health response. */
final class Probe {

  private Probe() {}

  /** UP with the probe's detail; DOWN with the failure's message (never a stack trace). */
  static HealthCheckResponse run(String name, String adapter, Supplier<String> probe) {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(name).withData("adapter", adapter);
    long started = System.nanoTime();
    try {
      String detail = probe.get();
      response.up().withData("detail", detail);
    } catch (RuntimeException | Error failure) {
      String message =
          failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
      response
          .down()
          .withData("error", message.length() > 300 ? message.substring(0, 300) : message);
    }
    return response.withData("ms", (System.nanoTime() - started) / 1_000_000).build();
  }

  /** For a port whose embedded adapter has no separate service to probe. */
  static HealthCheckResponse embedded(String name, String adapter) {
    return HealthCheckResponse.named(name).up().withData("adapter", adapter).build();
  }
}
