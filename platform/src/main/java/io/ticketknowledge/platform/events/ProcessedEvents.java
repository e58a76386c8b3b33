package io.ticketknowledge.platform.events;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
   * Marks a batch's events as processed by {@code consumer} with two statements (one look-up by an
   * array parameter, one batched insert), in the caller's transaction. Plain JDBC on the
   * transaction's own connection: EclipseLink binds a native query's parameters in time quadratic
   * in their number, which made the marks of a 500-event batch the consumers' hot spot.
   *
   * @return the ids seen for the first time, in order; an id twice in the list counts once
   * @throws EventStoreUnavailableException when the database refuses the statements
   */
  public Set<UUID> firstDeliveries(EntityManager em, String consumer, List<UUID> eventIds) {
    Set<UUID> fresh = new LinkedHashSet<>(eventIds);
    if (fresh.isEmpty()) {
      return fresh;
    }
    Connection connection = em.unwrap(Connection.class);
    try {
      try (PreparedStatement seen =
          connection.prepareStatement(
              "select event_id from "
                  + schema
                  + ".processed_event where consumer = ? and event_id = any(?)")) {
        seen.setString(1, consumer);
        seen.setArray(2, connection.createArrayOf("uuid", fresh.toArray()));
        try (ResultSet result = seen.executeQuery()) {
          while (result.next()) {
            fresh.remove(result.getObject(1, UUID.class));
          }
        }
      }
      if (fresh.isEmpty()) {
        return fresh;
      }
      // a concurrent marker (a replay, another replica) makes this fail: the caller retries alone
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into " + schema + ".processed_event (consumer, event_id) values (?, ?)")) {
        for (UUID id : fresh) {
          insert.setString(1, consumer);
          insert.setObject(2, id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return fresh;
    } catch (SQLException e) {
      throw new EventStoreUnavailableException("marking events processed failed", e);
    }
  }
}
