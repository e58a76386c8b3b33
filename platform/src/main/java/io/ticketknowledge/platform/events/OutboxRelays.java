package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Starts a module's {@link OutboxRelay} with the configured pace and the event metrics. */
@ApplicationScoped
public class OutboxRelays {

  @Inject Config config;

  @Inject EventMetrics metrics;

  /** Relays {@code <schema>.outbox} through {@code emitter}, the module's outgoing channel. */
  public OutboxRelay start(
      String module,
      String schema,
      DataSource dataSource,
      Emitter<Object> emitter,
      ScheduledExecutorService scheduler) {
    OutboxRelay relay =
        new OutboxRelay(
            module,
            schema,
            dataSource,
            new EmitterPublisher(emitter),
            RelaySettings.from(config),
            metrics);
    relay.start(scheduler);
    return relay;
  }
}
