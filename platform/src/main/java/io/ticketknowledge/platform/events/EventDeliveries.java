package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Builds a module consumer's {@link EventDelivery} from configuration, with its lag gauge and the
 * status readiness reports.
 */
@ApplicationScoped
public class EventDeliveries {

  @Inject Config config;

  @Inject EventMetrics metrics;

  @Inject ConsumerLags lags;

  @Inject EventConsumers consumers;

  /**
   * @param channel the consumer's incoming channel (its topic and group come from its config)
   * @param dataSource the module's database: its dead letters, and the probe that tells a database
   *     blip from a poison event
   * @param deadLetterTopic the module's dead-letter channel
   * @param handler the consumer's effect (also what replays its dead letters)
   */
  public EventDelivery create(
      String consumer,
      String channel,
      String schema,
      DataSource dataSource,
      Emitter<Object> deadLetterTopic,
      EventHandler handler) {
    EventDelivery delivery =
        new EventDelivery(
            consumer,
            config.getValue("mp.messaging.incoming." + channel + ".topic", String.class),
            new DeadLetters(schema, dataSource),
            new EmitterPublisher(deadLetterTopic),
            config.getValue("tk.events.dead-letter-topic", String.class),
            ConsumerSettings.from(config),
            metrics,
            new EventFaults(() -> answers(dataSource)),
            new ConsumerStatus(consumer, Clock.systemUTC()));
    consumers.register(schema, delivery, handler);
    metrics.consumerLag(consumer, lags.of(channel));
    return delivery;
  }

  private static boolean answers(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
