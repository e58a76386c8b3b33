package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The outbox rows the relay set aside after {@code tk.events.relay.max-attempts} failures ({@link
 * OutboxRelay}): listed for admins and released once the cause is fixed, so the relay takes them
 * again (with their aggregate's later rows behind them) on its next cycle. Throws {@link
 * EventStoreUnavailableException} when the database cannot be reached.
 */
public final class ParkedOutboxRows {

  private final DataSource dataSource;
  private final String table;

  public ParkedOutboxRows(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.table = EventTables.checkedSchema(schema) + ".outbox";
  }

  /** One parked row; the envelope itself stays in the table. */
  public record ParkedRow(
      long seq,
      UUID eventId,
      String topic,
      String aggregateId,
      String eventType,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant parkedAt) {}

  /** Oldest first; {@code after} is the last {@code seq} of the previous page. */
  public List<ParkedRow> list(long after, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select seq, event_id, topic, aggregate_id, event_type, attempts, last_error,"
                    + " created_at, parked_at from "
                    + table
                    + " where published_at is null and parked_at is not null and seq > ?"
                    + " order by seq limit ?")) {
      select.setLong(1, after);
      select.setInt(2, limit);
      List<ParkedRow> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new ParkedRow(
                  result.getLong(1),
                  result.getObject(2, UUID.class),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getInt(6),
                  result.getString(7),
                  instant(result.getTimestamp(8)),
                  instant(result.getTimestamp(9))));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new EventStoreUnavailableException("cannot read the parked rows of " + table, e);
    }
  }

  /**
   * Hands one parked row back to the relay with a fresh attempt count.
   *
   * @return false when no parked, unpublished row has that {@code seq}
   */
  public boolean release(long seq) {
    return update(" and seq = ?", seq) == 1;
  }

  /** Hands every parked row back to the relay; returns how many. */
  public int releaseAll() {
    return update("", null);
  }

  private int update(String condition, Long seq) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update "
                    + table
                    + " set parked_at = null, next_attempt_at = null, attempts = 0"
                    + " where published_at is null and parked_at is not null"
                    + condition)) {
      if (seq != null) {
        update.setLong(1, seq);
      }
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new EventStoreUnavailableException("cannot release the parked rows of " + table, e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
