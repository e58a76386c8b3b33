package io.ticketknowledge.knowledge.loop.boundary;

import io.ticketknowledge.knowledge.loop.control.TicketLoop;
import io.ticketknowledge.platform.events.EventDeliveries;
import io.ticketknowledge.platform.events.EventDelivery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.reactivestreams.Subscriber;

/**
 * Feeds {@code ticket.events} into the ticket loop (linked articles, proposed drafts); poison
 * messages become dead letters (listed and replayed through the module's {@code
 * DeadLettersResource}).
 */
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

  /** Transactions and resource look-ups need a container thread. */
  @Resource ManagedExecutorService worker;

  private EventDelivery delivery;

  @PostConstruct
  void prepare() {
    delivery =
        deliveries.create(
            TicketLoop.CONSUMER, CHANNEL, "knowledge", dataSource, deadLetterTopic, loop);
  }

  /** Batches of the channel's messages, applied on a container thread. */
  @Incoming(CHANNEL)
  public Subscriber<Message<String>> receive() {
    return delivery.subscriber(loop, worker);
  }
}
