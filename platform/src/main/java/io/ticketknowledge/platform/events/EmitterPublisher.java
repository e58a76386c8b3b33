package io.ticketknowledge.platform.events;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes through a Reactive Messaging channel, whichever connector the configuration puts behind
 * it. The payload is a Kafka {@link ProducerRecord} because that is how the {@code liberty-kafka}
 * connector accepts a record key; the in-JVM connector unwraps it the same way.
 */
public final class EmitterPublisher implements EventPublisher {

  private final Emitter<Object> emitter;

  public EmitterPublisher(Emitter<Object> emitter) {
    this.emitter = emitter;
  }

  @Override
  public CompletionStage<Void> publish(String topic, String key, String value) {
    CompletableFuture<Void> taken = new CompletableFuture<>();
    Message<Object> message =
        Message.of(
            (Object) new ProducerRecord<>(topic, key, value),
            () -> {
              taken.complete(null);
              return CompletableFuture.completedFuture(null);
            },
            failure -> {
              taken.completeExceptionally(failure);
              return CompletableFuture.completedFuture(null);
            });
    try {
      emitter.send(message);
    } catch (RuntimeException e) { // buffer full or channel cancelled: the relay retries later
      taken.completeExceptionally(e);
    }
    return taken;
  }
}
