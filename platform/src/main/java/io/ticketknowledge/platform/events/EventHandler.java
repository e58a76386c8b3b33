package io.ticketknowledge.platform.events;

import java.util.List;

/**
 * A consumer's effect. Both methods mark each event in {@code processed_event} in the same
 * transaction as its effect ({@link ProcessedEvents}), so a redelivered event changes nothing.
 */
public interface EventHandler {

  /**
   * Applies one event in its own transaction.
   *
   * @return false when the event was applied before (a redelivery)
   */
  boolean apply(EventEnvelope event);

  /**
   * Applies the events, in order, in ONE transaction: all of them commit or none does. The default
   * applies them one transaction each; a handler overrides it when one transaction (and one index
   * refresh) per batch is what makes it keep up.
   *
   * @return how many were new (the others were redeliveries)
   */
  default int applyAll(List<EventEnvelope> events) {
    int applied = 0;
    for (EventEnvelope event : events) {
      if (apply(event)) {
        applied++;
      }
    }
    return applied;
  }
}
