package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.platform.events.EventDeliveries;
import io.ticketknowledge.platform.events.EventDelivery;
import io.ticketknowledge.ticket.webhooks.control.WebhookFanOut;
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
 * Feeds {@code ticket.events} (the module's outbox, relayed after commit) into pending webhook
 * deliveries; its own consumer group, so webhooks never hold back search or Knowledge.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

  static final String CHANNEL = "ticket-webhook-events";

  @Inject WebhookFanOut fanOut;

  @Inject
  @Channel("ticket-dead-letters-out")
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
            WebhookFanOut.CONSUMER, CHANNEL, "ticket", dataSource, deadLetterTopic, fanOut);
  }

  @Incoming(CHANNEL)
  public Subscriber<Message<String>> receive() {
    return delivery.subscriber(fanOut, worker);
  }
}
