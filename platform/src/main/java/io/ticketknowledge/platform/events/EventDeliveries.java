package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Builds a module consumer's {@link EventDelivery} from configuration, with its lag gauge. */
@ApplicationScoped
public class EventDeliveries {

  @Inject Config config;

  @Inject EventMetrics metrics;

  @Inject ConsumerLags lags;

  /**
   * @param channel the consumer's incoming channel (its topic and group come from its config)
   * @param deadLetterTopic the module's dead-letter channel
   */
  public EventDelivery create(
      String consumer, String channel, DeadLetters deadLetters, Emitter<Object> deadLetterTopic) {
    EventDelivery delivery =
        new EventDelivery(
            consumer,
            config.getValue("mp.messaging.incoming." + channel + ".topic", String.class),
            deadLetters,
            new EmitterPublisher(deadLetterTopic),
            config.getValue("tk.events.dead-letter-topic", String.class),
            ConsumerSettings.from(config),
            metrics);
    metrics.consumerLag(consumer, lags.of(channel));
    return delivery;
  }
}
