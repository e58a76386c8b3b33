package io.ticketknowledge.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * The life of a module's outbox relay: started after the module's schema migration, stopped with
 * the application. A module's {@code @ApplicationScoped} subclass names its schema and injects its
 * outgoing channel (channel names are per module, so the injection point lives in the module).
 */
public abstract class ModuleOutboxRelay {

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxRelays relays;

  private final String schema;
  private OutboxRelay relay;

  /**
   * @param schema the module's schema, which holds its outbox; also the module name in metrics
   */
  protected ModuleOutboxRelay(String schema) {
    this.schema = schema;
  }

  /** The module's outgoing channel of its events. */
  protected abstract Emitter<Object> emitter();

  /**
   * After the schema migration (which observes the same event at the default priority). Protected,
   * like {@link #stop}: the container's proxy of a subclass in another package must reach it.
   */
  protected void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    relay = relays.start(schema, schema, dataSource, emitter(), scheduler);
  }

  @PreDestroy
  protected void stop() {
    if (relay != null) {
      relay.stop();
    }
  }
}
