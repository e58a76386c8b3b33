package io.ticketknowledge.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every consumer of the application: its status (readiness), its dead letters and how to replay one
 * (the dead-letter endpoints).
 */
@ApplicationScoped
public class EventConsumers {

  /**
   * Shared by the whole EAR: consumers of both modules register here and the readiness check (in
   * one module) and each module's dead-letter endpoint read it; static, so that holds even where a
   * container makes one instance of a lib-jar bean per module.
   */
  private static final Map<String, Registered> consumers = new ConcurrentSkipListMap<>();

  public void register(String schema, EventDelivery delivery, EventHandler handler) {
    consumers.put(delivery.consumer(), new Registered(schema, delivery, handler));
  }

  /** In consumer name order. */
  public Collection<ConsumerStatus> statuses() {
    return consumers.values().stream().map(r -> r.delivery.status()).toList();
  }

  /** The dead-letter table of a module's schema, once one of its consumers started. */
  public Optional<DeadLetters> deadLetters(String schema) {
    return consumers.values().stream()
        .filter(r -> r.schema.equals(schema))
        .map(r -> r.delivery.deadLetters())
        .findFirst();
  }

  /** The names of the consumers whose dead letters live in the schema. */
  public List<String> namesIn(String schema) {
    return consumers.values().stream()
        .filter(r -> r.schema.equals(schema))
        .map(r -> r.delivery.consumer())
        .toList();
  }

  /**
   * Runs a dead letter through the consumer that gave up on it, if that consumer runs in the
   * letter's schema.
   *
   * @return false when no such consumer runs here
   * @throws MalformedEventException when the letter is no envelope
   * @throws RuntimeException what the handler throws; the letter stays pending
   */
  public boolean replay(String schema, DeadLetter letter) {
    Registered registered = consumers.get(letter.consumer());
    if (registered == null || !registered.schema.equals(schema)) {
      return false;
    }
    registered.delivery.replay(letter, registered.handler);
    return true;
  }

  private record Registered(String schema, EventDelivery delivery, EventHandler handler) {}
}
