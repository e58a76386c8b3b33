package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The event metrics, in Prometheus as {@code tk_events_*_total{module|consumer}}, {@code
 * tk_outbox_backlog{module}}, {@code tk_outbox_parked{module}} and {@code
 * tk_events_consumer_lag{consumer}}; the alert rules in kubernetes/monitoring use these names.
 */
@ApplicationScoped
public class EventMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  public void published(String module, long count) {
    if (count > 0) {
      registry
          .counter(
              Metadata.builder()
                  .withName("tk_events_published")
                  .withDescription("Events the outbox relay handed to the transport")
                  .build(),
              new Tag("module", module))
          .inc(count);
    }
  }

  public void consumed(String consumer, long events) {
    consumerCounter("tk_events_consumed", "Events a consumer applied", consumer, events);
  }

  public void duplicates(String consumer, long events) {
    consumerCounter(
        "tk_events_duplicates", "Redelivered events a consumer skipped", consumer, events);
  }

  public void retried(String consumer) {
    consumerCounter("tk_events_retried", "Failed attempts a consumer retried", consumer, 1);
  }

  public void deadLettered(String consumer) {
    consumerCounter("tk_events_dead_lettered", "Events moved to the dead letters", consumer, 1);
  }

  public void outboxBacklog(String module, LongSupplier rows) {
    registry.gauge(
        Metadata.builder()
            .withName("tk_outbox_backlog")
            .withDescription("Outbox rows not yet published")
            .build(),
        rows::getAsLong,
        new Tag("module", module));
  }

  public void outboxParked(String module, LongSupplier rows) {
    registry.gauge(
        Metadata.builder()
            .withName("tk_outbox_parked")
            .withDescription(
                "Outbox rows set aside after repeated refusals (their aggregate waits)")
            .build(),
        rows::getAsLong,
        new Tag("module", module));
  }

  public void consumerLag(String consumer, LongSupplier records) {
    registry.gauge(
        Metadata.builder()
            .withName("tk_events_consumer_lag")
            .withDescription("Records on the consumer's topic not yet consumed")
            .build(),
        records::getAsLong,
        new Tag("consumer", consumer));
  }

  private void consumerCounter(String name, String description, String consumer, long n) {
    if (n <= 0) {
      return;
    }
    registry
        .counter(
            Metadata.builder().withName(name).withDescription(description).build(),
            new Tag("consumer", consumer))
        .inc(n);
  }
}
