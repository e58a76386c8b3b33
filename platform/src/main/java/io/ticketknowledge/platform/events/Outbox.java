package io.ticketknowledge.platform.events;

import jakarta.persistence.EntityManager;

/**
 * A module's outbox table ({@code <schema>.outbox}). Events are appended through the module's
 * EntityManager, so they commit or roll back with the change they record; {@link OutboxRelay}
 * publishes them afterwards.
 */
public final class Outbox {

  private final String schema;

  public Outbox(String schema) {
    this.schema = EventTables.checkedSchema(schema);
  }

  /** Records {@code event} for {@code topic} in the caller's transaction. */
  public void append(EntityManager em, String topic, EventEnvelope event) {
    em.createNativeQuery(
            "insert into "
                + schema
                + ".outbox (event_id, topic, aggregate_id, event_type, envelope)"
                + " values (?, ?, ?, ?, ?)")
        .setParameter(1, event.id())
        .setParameter(2, topic)
        .setParameter(3, event.aggregateId())
        .setParameter(4, event.type())
        .setParameter(5, event.toJson())
        .executeUpdate();
  }
}
