package io.ticketknowledge.platform.events;

import java.util.concurrent.CompletionStage;

/** Hands one serialized event to the transport; completes when the transport has taken it. */
@FunctionalInterface
public interface EventPublisher {

  CompletionStage<Void> publish(String topic, String key, String value);
}
