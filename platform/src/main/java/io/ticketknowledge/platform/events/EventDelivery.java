package io.ticketknowledge.platform.events;

import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Delivers incoming messages to one consumer's handler with bounded retries; what still fails (or
 * is no envelope at all) becomes a dead letter, and the message is acknowledged so that later
 * messages of the partition flow on. The handler is idempotent by contract: it returns false for an
 * event it processed before (see {@link ProcessedEvents}). A handler that throws {@link
 * MalformedEventException} declares the event unusable: it is dead-lettered without retries.
 */
public final class EventDelivery {

  private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());

  private final String consumer;
  private final String topic;
  private final DeadLetters deadLetters;
  private final EventPublisher deadLetterTopic;
  private final String deadLetterTopicName;
  private final ConsumerSettings settings;
  private final EventMetrics metrics;

  /**
   * @param deadLetterTopic where dead letters are also published for tools outside the application
   *     (the table is what admins list and replay)
   */
  public EventDelivery(
      String consumer,
      String topic,
      DeadLetters deadLetters,
      EventPublisher deadLetterTopic,
      String deadLetterTopicName,
      ConsumerSettings settings,
      EventMetrics metrics) {
    this.consumer = consumer;
    this.topic = topic;
    this.deadLetters = deadLetters;
    this.deadLetterTopic = deadLetterTopic;
    this.deadLetterTopicName = deadLetterTopicName;
    this.settings = settings;
    this.metrics = metrics;
  }

  /** Where this consumer's dead letters are kept (listed and replayed by admins). */
  public DeadLetters deadLetters() {
    return deadLetters;
  }

  public CompletionStage<Void> receive(Message<?> message, Predicate<EventEnvelope> handler) {
    try {
      deliver(text(message.getPayload()), handler);
    } catch (RuntimeException e) { // not even the dead letter could be written: redeliver later
      return message.nack(e);
    }
    return message.ack();
  }

  void deliver(String raw, Predicate<EventEnvelope> handler) {
    EventEnvelope event;
    try {
      event = EventEnvelope.parse(raw);
    } catch (MalformedEventException e) {
      deadLetter(raw, null, e.getMessage(), 1);
      return;
    }
    RuntimeException last = null;
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      try {
        if (handler.test(event)) {
          metrics.consumed(consumer);
        } else {
          metrics.duplicate(consumer);
        }
        return;
      } catch (MalformedEventException e) {
        // the handler found the event unusable (e.g. a payload without the state it must carry):
        // retrying cannot help, so it is a dead letter at once and the partition moves on
        deadLetter(raw, event, describe(e), attempt);
        return;
      } catch (RuntimeException e) {
        last = e;
        if (attempt < settings.maxAttempts()) {
          metrics.retried(consumer);
          pause(attempt);
        }
      }
    }
    deadLetter(raw, event, describe(last), settings.maxAttempts());
  }

  /**
   * Runs a dead letter through the handler again (after a fix); marks it replayed on success.
   *
   * @throws MalformedEventException when the letter is no envelope: it can never be replayed
   * @throws RuntimeException whatever the handler throws: the letter stays pending
   */
  public void replay(DeadLetter letter, Predicate<EventEnvelope> handler) {
    EventEnvelope event = EventEnvelope.parse(letter.message());
    if (handler.test(event)) {
      metrics.consumed(consumer);
    }
    deadLetters.markReplayed(letter.id());
  }

  private void deadLetter(String raw, EventEnvelope event, String error, int attempts) {
    long id = deadLetters.record(consumer, topic, raw, event, error, attempts);
    metrics.deadLettered(consumer);
    LOG.warning(
        () -> consumer + ": message from " + topic + " moved to dead letter " + id + ": " + error);
    if (deadLetterTopic != null) {
      deadLetterTopic
          .publish(deadLetterTopicName, event == null ? consumer : event.aggregateId(), raw)
          .exceptionally(
              failure -> {
                LOG.warning(() -> "dead letter " + id + " not published: " + failure);
                return null;
              });
    }
  }

  private void pause(int attempt) {
    try {
      Thread.sleep(settings.backoff().toMillis() * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String text(Object payload) {
    if (payload instanceof ProducerRecord<?, ?> record) {
      return record.value() == null ? null : record.value().toString();
    }
    return payload == null ? null : payload.toString();
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    return root == failure ? text : failure.getClass().getSimpleName() + " caused by " + text;
  }
}
