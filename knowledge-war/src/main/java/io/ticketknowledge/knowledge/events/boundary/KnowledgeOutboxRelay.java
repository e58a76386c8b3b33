package io.ticketknowledge.knowledge.events.boundary;

import io.ticketknowledge.platform.events.OutboxRelay;
import io.ticketknowledge.platform.events.OutboxRelays;
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
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes schema {@code knowledge}'s outbox to {@code knowledge.events}, from start to stop. */
@ApplicationScoped
public class KnowledgeOutboxRelay {

  @Inject
  @Channel("knowledge-events-out")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
  Emitter<Object> emitter;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxRelays relays;

  private OutboxRelay relay;

  /** After the schema migration (which observes the same event at the default priority). */
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    relay = relays.start("knowledge", "knowledge", dataSource, emitter, scheduler);
  }

  @PreDestroy
  void stop() {
    if (relay != null) {
      relay.stop();
    }
  }
}
