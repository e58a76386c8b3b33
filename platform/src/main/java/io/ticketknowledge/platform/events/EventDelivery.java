package io.ticketknowledge.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.reactivestreams.Subscriber;

/**
 * Delivers one consumer's incoming messages to its handler, a batch at a time: the batch is applied
 * in one transaction ({@link EventHandler#applyAll}); when that fails for any reason but a passing
 * fault, its events are applied one by one, so only the event at fault becomes a dead letter and
 * the rest commit. Faults are told apart by {@link EventFaults}:
 *
 * <ul>
 *   <li>transient (database, search or cache unavailable, timeouts): the consumer pauses and tries
 *       again, doubling the pause up to a maximum, without limit; it reports itself stalled
 *       meanwhile ({@link ConsumerStatus}, readiness). No event is lost or dead-lettered by an
 *       outage, and the message is never nacked (which would end a Kafka channel for good);
 *   <li>poison (not an envelope, a payload the handler calls malformed, invalid data): a dead
 *       letter at once;
 *   <li>unknown: {@code max-attempts} tries, then a dead letter.
 * </ul>
 *
 * Messages are acknowledged after their batch settled (applied, skipped as redelivery, or
 * dead-lettered): on Kafka that commits their offsets.
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
  private final EventFaults faults;
  private final ConsumerStatus status;

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
      EventMetrics metrics,
      EventFaults faults,
      ConsumerStatus status) {
    this.consumer = consumer;
    this.topic = topic;
    this.deadLetters = deadLetters;
    this.deadLetterTopic = deadLetterTopic;
    this.deadLetterTopicName = deadLetterTopicName;
    this.settings = settings;
    this.metrics = metrics;
    this.faults = faults;
    this.status = status;
  }

  public String consumer() {
    return consumer;
  }

  /** Where this consumer's dead letters are kept (listed and replayed by admins). */
  public DeadLetters deadLetters() {
    return deadLetters;
  }

  public ConsumerStatus status() {
    return status;
  }

  /**
   * The subscriber an {@code @Incoming} method returns: it gathers what arrived while the previous
   * batch was applied (up to {@code tk.events.consumer.batch-size}) and applies it on {@code
   * worker}, a container thread.
   */
  public Subscriber<Message<String>> subscriber(EventHandler handler, Executor worker) {
    return new EventBatches(
        consumer, settings.batchSize(), worker, batch -> settle(batch, handler), this::pause);
  }

  /** Applies the messages' events and acknowledges each message; returns when all are settled. */
  void settle(List<Message<String>> messages, EventHandler handler) {
    List<String> raw = new ArrayList<>(messages.size());
    messages.forEach(m -> raw.add(text(m.getPayload())));
    deliver(raw, handler);
    messages.forEach(Message::ack);
  }

  /**
   * Applies a batch of raw messages; returns when every one is applied, skipped or dead-lettered.
   */
  void deliver(List<String> raw, EventHandler handler) {
    List<Parsed> events = new ArrayList<>(raw.size());
    for (String message : raw) {
      try {
        events.add(new Parsed(message, EventEnvelope.parse(message)));
      } catch (MalformedEventException e) {
        deadLetter(message, null, e.getMessage(), 1);
      }
    }
    if (events.size() > 1 && applyTogether(events, handler)) {
      return;
    }
    for (Parsed event : events) {
      applyAlone(event, handler);
    }
  }

  /** One transaction for the batch; false when it must be split to isolate a failing event. */
  private boolean applyTogether(List<Parsed> events, EventHandler handler) {
    List<EventEnvelope> envelopes = events.stream().map(Parsed::envelope).toList();
    for (int pause = 1; ; pause++) {
      try {
        int applied = handler.applyAll(envelopes);
        metrics.consumed(consumer, applied);
        metrics.duplicates(consumer, envelopes.size() - applied);
        flowing();
        return true;
      } catch (RuntimeException e) {
        if (faults.classify(e) != Fault.TRANSIENT) {
          LOG.fine(() -> consumer + ": batch failed, applying its events one by one: " + e);
          return false;
        }
        waitOut(e, pause);
      }
    }
  }

  private void applyAlone(Parsed event, EventHandler handler) {
    int attempt = 1;
    for (int pause = 1; ; ) {
      try {
        if (handler.apply(event.envelope())) {
          metrics.consumed(consumer, 1);
        } else {
          metrics.duplicates(consumer, 1);
        }
        flowing();
        return;
      } catch (RuntimeException e) {
        switch (faults.classify(e)) {
          case TRANSIENT -> waitOut(e, pause++);
          case POISON -> {
            // retrying cannot help: a dead letter at once, and the partition moves on
            deadLetter(event.raw(), event.envelope(), describe(e), attempt);
            return;
          }
          case UNKNOWN -> {
            if (attempt >= settings.maxAttempts()) {
              deadLetter(event.raw(), event.envelope(), describe(e), attempt);
              return;
            }
            metrics.retried(consumer);
            sleep(settings.backoff().multipliedBy(attempt));
            attempt++;
          }
        }
      }
    }
  }

  /**
   * Runs a dead letter through the handler again (after a fix); marks it replayed on success.
   *
   * @throws MalformedEventException when the letter is no envelope: it can never be replayed
   * @throws RuntimeException whatever the handler throws: the letter stays pending
   */
  public void replay(DeadLetter letter, EventHandler handler) {
    EventEnvelope event = EventEnvelope.parse(letter.message());
    if (handler.apply(event)) {
      metrics.consumed(consumer, 1);
    }
    deadLetters.markReplayed(letter.id());
  }

  /** Records the dead letter; while the database cannot take it, waits like for any outage. */
  private void deadLetter(String raw, EventEnvelope event, String error, int attempts) {
    long id;
    for (int pause = 1; ; pause++) {
      try {
        id = deadLetters.record(consumer, topic, raw, event, error, attempts);
        break;
      } catch (RuntimeException e) {
        waitOut(e, pause);
      }
    }
    flowing();
    metrics.deadLettered(consumer);
    long recorded = id;
    LOG.warning(
        () ->
            consumer
                + ": message from "
                + topic
                + " moved to dead letter "
                + recorded
                + ": "
                + error);
    if (deadLetterTopic != null) {
      deadLetterTopic
          .publish(deadLetterTopicName, event == null ? consumer : event.aggregateId(), raw)
          .exceptionally(
              failure -> {
                LOG.warning(() -> "dead letter " + recorded + " not published: " + failure);
                return null;
              });
    }
  }

  /** A transient fault: report the stall, pause, and let the caller try again. */
  private void waitOut(RuntimeException fault, int pause) {
    String error = describe(fault);
    boolean first = status.stalledFor().isEmpty();
    status.stalled(error);
    metrics.retried(consumer);
    Duration wait = settings.pauseBefore(pause);
    LOG.log(
        first ? Level.WARNING : Level.FINE,
        consumer + ": waiting " + wait.toMillis() + " ms for a backing service: " + error);
    sleep(wait);
  }

  private void flowing() {
    if (status.stalledFor().isPresent()) {
      LOG.info(() -> consumer + ": flowing again after " + status.stalledFor().orElseThrow());
      status.flowing();
    }
  }

  /** What the batching subscriber does when applying a batch failed in an unforeseen way. */
  private void pause(RuntimeException failure, int pause) {
    status.stalled(describe(failure));
    sleep(settings.pauseBefore(pause));
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("consumer interrupted", e);
    }
  }

  private static String text(Object payload) {
    if (payload instanceof ProducerRecord<?, ?> record) {
      return record.value() == null ? null : record.value().toString();
    }
    return payload == null ? null : payload.toString();
  }

  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    return root == failure ? text : failure.getClass().getSimpleName() + " caused by " + text;
  }

  private record Parsed(String raw, EventEnvelope envelope) {}
}
