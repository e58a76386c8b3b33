package io.ticketknowledge.platform.events;

import jakarta.persistence.EntityManager;
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
}
