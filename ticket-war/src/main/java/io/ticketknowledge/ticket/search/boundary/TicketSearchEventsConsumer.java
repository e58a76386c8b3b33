package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.events.EventDeliveries;
import io.ticketknowledge.platform.events.EventDelivery;
import io.ticketknowledge.ticket.search.control.TicketSearchIndexing;
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
 * Feeds {@code ticket.events} into the tickets index; poison messages become dead letters (listed
 * and replayed through the module's {@code DeadLettersResource}).
 */
@ApplicationScoped
public class TicketSearchEventsConsumer {

  static final String CHANNEL = "ticket-search-events";

  @Inject TicketSearchIndexing indexing;

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
            TicketSearchIndexing.CONSUMER,
            CHANNEL,
            "ticket",
            dataSource,
            deadLetterTopic,
            indexing);
  }

  /** Batches of the channel's messages, applied on a container thread. */
  @Incoming(CHANNEL)
  public Subscriber<Message<String>> receive() {
    return delivery.subscriber(indexing, worker);
  }
}
