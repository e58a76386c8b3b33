package io.ticketknowledge.knowledge.events.boundary;

import io.ticketknowledge.platform.events.ModuleOutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes schema {@code knowledge}'s outbox to {@code knowledge.events}, from start to stop. */
@ApplicationScoped
public class KnowledgeOutboxRelay extends ModuleOutboxRelay {

  @Inject
  @Channel("knowledge-events-out")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
  Emitter<Object> emitter;

  public KnowledgeOutboxRelay() {
    super("knowledge");
  }

  @Override
  protected Emitter<Object> emitter() {
    return emitter;
  }
}
