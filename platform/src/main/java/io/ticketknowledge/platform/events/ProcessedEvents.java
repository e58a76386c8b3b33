package io.ticketknowledge.platform.events;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A module's processed-event table ({@code <schema>.processed_event}): the record that makes a
 * consumer idempotent. Marking happens in the consumer's transaction, so an effect and its mark
 * commit together.
 */
public final class ProcessedEvents {

  private final String schema;

  public ProcessedEvents(String schema) {
    this.schema = EventTables.checkedSchema(schema);
  }

  /**
   * Marks {@code eventId} as processed by {@code consumer}.
   *
   * @return true the first time, false when the event was processed before (a redelivery)
   */
  public boolean firstDelivery(EntityManager em, String consumer, UUID eventId) {
    int inserted =
        em.createNativeQuery(
                "insert into "
                    + schema
                    + ".processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * Marks a batch's events as processed by {@code consumer} with two statements (one look-up, one
   * multi-row insert), in the caller's transaction.
   *
   * @return the ids seen for the first time, in order; an id twice in the list counts once
   */
  public Set<UUID> firstDeliveries(EntityManager em, String consumer, List<UUID> eventIds) {
    Set<UUID> fresh = new LinkedHashSet<>(eventIds);
    if (fresh.isEmpty()) {
      return fresh;
    }
    String marks = String.join(",", Collections.nCopies(fresh.size(), "?"));
    Query seen =
        em.createNativeQuery(
            "select event_id from "
                + schema
                + ".processed_event where consumer = ? and event_id in ("
                + marks
                + ")");
    seen.setParameter(1, consumer);
    int position = 2;
    for (UUID id : fresh) {
      seen.setParameter(position++, id);
    }
    for (Object id : seen.getResultList()) {
      fresh.remove(id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id)));
    }
    if (fresh.isEmpty()) {
      return fresh;
    }
    // a concurrent marker (a replay, another replica) makes this fail: the caller retries alone
    Query insert =
        em.createNativeQuery(
            "insert into "
                + schema
                + ".processed_event (consumer, event_id) values "
                + String.join(",", Collections.nCopies(fresh.size(), "(?, ?)")));
    position = 1;
    for (UUID id : fresh) {
      insert.setParameter(position++, consumer);
      insert.setParameter(position++, id);
    }
    insert.executeUpdate();
    return fresh;
  }
}
