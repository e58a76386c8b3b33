package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Removes what a module's event tables no longer need: published outbox rows after {@code
 * tk.events.outbox.retention-hours} and processed-event marks after {@code
 * tk.events.processed.retention-days}. Deletes in slices, so no run holds a long transaction or
 * locks a large part of a busy table.
 */
final class EventRetention {

  static final int SLICE = 5_000;

  private final String schema;
  private final DataSource dataSource;
  private final RelaySettings settings;

  EventRetention(String schema, DataSource dataSource, RelaySettings settings) {
    this.schema = EventTables.checkedSchema(schema);
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /**
   * @return rows removed from both tables
   */
  long removeExpired(Instant now) throws SQLException {
    long removed =
        deleteInSlices(
            "delete from "
                + schema
                + ".outbox where seq in (select seq from "
                + schema
                + ".outbox where published_at < ? order by seq limit "
                + SLICE
                + ")",
            now.minus(settings.retention()));
    return removed
        + deleteInSlices(
            "delete from "
                + schema
                + ".processed_event where (consumer, event_id) in (select consumer, event_id from "
                + schema
                + ".processed_event where processed_at < ? limit "
                + SLICE
                + ")",
            now.minus(settings.processedRetention()));
  }

  private long deleteInSlices(String sql, Instant before) throws SQLException {
    long total = 0;
    int deleted;
    do {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setTimestamp(1, Timestamp.from(before));
        deleted = delete.executeUpdate();
      }
      total += deleted;
    } while (deleted == SLICE);
    return total;
  }
}
