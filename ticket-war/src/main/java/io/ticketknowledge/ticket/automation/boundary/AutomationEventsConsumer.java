package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.platform.events.EventDeliveries;
import io.ticketknowledge.platform.events.EventDelivery;
import io.ticketknowledge.ticket.automation.control.TicketAutomation;
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
 * Feeds {@code ticket.events} into the module's automation (auto-assignment, triggers) after the
 * changes committed, so a failing trigger never fails the request that caused the event; poison
 * messages become dead letters like the search index's.
 */
@ApplicationScoped
public class AutomationEventsConsumer {

  static final String CHANNEL = "ticket-automation-events";

  @Inject TicketAutomation automation;

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
            TicketAutomation.CONSUMER, CHANNEL, "ticket", dataSource, deadLetterTopic, automation);
  }

  @Incoming(CHANNEL)
  public Subscriber<Message<String>> receive() {
    return delivery.subscriber(automation, worker);
  }
}
