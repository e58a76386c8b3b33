package io.ticketknowledge.ticket.events.boundary;

import io.ticketknowledge.platform.events.ModuleOutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes schema {@code ticket}'s outbox to {@code ticket.events}, from start to stop. */
@ApplicationScoped
public class TicketOutboxRelay extends ModuleOutboxRelay {

  @Inject
  @Channel("ticket-events-out")
  @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
  Emitter<Object> emitter;

  public TicketOutboxRelay() {
    super("ticket");
  }

  @Override
  protected Emitter<Object> emitter() {
    return emitter;
  }
}
