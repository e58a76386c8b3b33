package io.ticketknowledge.knowledge.loop.boundary;

import io.ticketknowledge.knowledge.loop.control.TicketLoop;
import io.ticketknowledge.platform.events.DeadLetter;
import io.ticketknowledge.platform.events.DeadLetters;
import io.ticketknowledge.platform.events.EventDeliveries;
import io.ticketknowledge.platform.events.EventDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Feeds {@code ticket.events} into the ticket loop; poison messages become dead letters. */
@ApplicationScoped
public class TicketLoopConsumer {

  static final String CHANNEL = "knowledge-ticket-loop";

  @Inject TicketLoop loop;

  @Inject
  @Channel("knowledge-dead-letters-out")
  Emitter<Object> deadLetterTopic;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Inject EventDeliveries deliveries;

  private EventDelivery delivery;

  @PostConstruct
  void prepare() {
    delivery =
        deliveries.create(
            TicketLoop.CONSUMER,
            CHANNEL,
            new DeadLetters("knowledge", dataSource),
            deadLetterTopic);
  }

  @Incoming(CHANNEL)
  public CompletionStage<Void> receive(Message<String> message) {
    return delivery.receive(message, loop::apply);
  }

  /** Runs a dead letter of this consumer through it again. */
  public void replay(DeadLetter letter) {
    delivery.replay(letter, loop::apply);
  }
}
