package io.ticketknowledge.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.eclipse.microprofile.reactive.messaging.spi.IncomingConnectorFactory;
import org.eclipse.microprofile.reactive.messaging.spi.OutgoingConnectorFactory;
import org.eclipse.microprofile.reactive.streams.operators.PublisherBuilder;
import org.eclipse.microprofile.reactive.streams.operators.ReactiveStreams;
import org.eclipse.microprofile.reactive.streams.operators.SubscriberBuilder;

/**
 * The embedded profile's event transport: a Reactive Messaging connector named {@code in-jvm} over
 * an {@link InJvmBus}. Channels use the same attributes as with Kafka ({@code topic}, {@code
 * group.id}); the Kafka-only ones are ignored. Lives in the EAR's lib jar, so both modules share
 * one bus. Each group has its own queue and pace; its inbox table keeps what it has not applied yet
 * ({@link InJvmBus}).
 */
@ApplicationScoped
@Connector(InJvmConnector.NAME)
public class InJvmConnector implements IncomingConnectorFactory, OutgoingConnectorFactory {

  public static final String NAME = "in-jvm";

  private final InJvmBus bus = new InJvmBus(managedExecutor(), inbox());
  private final List<InJvmBus.Subscription> subscriptions = new CopyOnWriteArrayList<>();

  public InJvmBus bus() {
    return bus;
  }

  @Override
  public PublisherBuilder<? extends Message<?>> getPublisherBuilder(Config config) {
    String topic = topic(config);
    String group = config.getOptionalValue("group.id", String.class).orElse(channel(config));
    InJvmBus.Subscription subscription = bus.subscribe(topic, group);
    subscriptions.add(subscription);
    return ReactiveStreams.generate(subscription::next)
        .flatMapCompletionStage(next -> next)
        .map(InJvmConnector::message);
  }

  @Override
  public SubscriberBuilder<? extends Message<?>, Void> getSubscriberBuilder(Config config) {
    String configuredTopic = topic(config);
    return ReactiveStreams.<Message<?>>builder()
        .forEach(
            message -> {
              CompletableFuture<Void> consumed =
                  message.getPayload() instanceof ProducerRecord<?, ?> record
                      ? bus.publish(
                          record.topic() != null ? record.topic() : configuredTopic,
                          record.key() == null ? null : record.key().toString(),
                          record.value() == null ? null : record.value().toString())
                      : bus.publish(configuredTopic, null, String.valueOf(message.getPayload()));
              consumed.whenComplete(
                  (done, failure) -> {
                    if (failure == null) {
                      message.ack();
                    } else {
                      message.nack(failure);
                    }
                  });
            });
  }

  @PreDestroy
  void close() {
    subscriptions.forEach(bus::unsubscribe);
  }

  private static Message<String> message(InJvmBus.Delivery delivery) {
    return Message.of(
        delivery.value(),
        () -> {
          delivery.consumed().complete(null);
          return CompletableFuture.completedFuture(null);
        },
        failure -> {
          delivery.consumed().completeExceptionally(failure);
          return CompletableFuture.completedFuture(null);
        });
  }

  /** Consumers need a container thread (transactions, JNDI); plain threads only in unit tests. */
  private static Executor managedExecutor() {
    try {
      return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    } catch (NamingException e) {
      return ForkJoinPool.commonPool();
    }
  }

  /**
   * The groups' inboxes in the server's database ({@code jdbc/tk}); none in unit tests, where a
   * publication then waits for every group's acknowledgement.
   */
  private static GroupInbox inbox() {
    try {
      DataSource dataSource = InitialContext.doLookup("jdbc/tk");
      return new JdbcGroupInbox(dataSource);
    } catch (NamingException e) {
      return null;
    }
  }

  private static String topic(Config config) {
    return config.getOptionalValue("topic", String.class).orElse(channel(config));
  }

  private static String channel(Config config) {
    return config.getValue("channel-name", String.class);
  }
}
