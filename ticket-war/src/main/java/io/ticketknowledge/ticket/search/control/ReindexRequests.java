package io.ticketknowledge.ticket.search.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reindexes asked for outside the API, in {@code ticket.search_reindex_request}: the database
 * restore inserts one, since the index then holds newer ticket versions than the restored table
 * and, versioned, would refuse the tickets' next changes until rebuilt.
 */
public final class ReindexRequests {

  private final DataSource dataSource;

  public ReindexRequests(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The oldest open request for the tickets index (or for every index, {@code '*'}). */
  public Optional<Instant> oldest() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT min(requested_at) FROM ticket.search_reindex_request"
                    + " WHERE index_name IN (?, '*')")) {
      select.setString(1, TicketIndex.DEFINITION.name());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        Timestamp at = row.getTimestamp(1);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the reindex requests: " + e.getMessage(), e);
    }
  }

  /** A reindex that began at {@code runStart} and completed answers the requests made before. */
  public void answeredBy(Instant runStart) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement(
                "DELETE FROM ticket.search_reindex_request"
                    + " WHERE index_name IN (?, '*') AND requested_at <= ?")) {
      delete.setString(1, TicketIndex.DEFINITION.name());
      delete.setTimestamp(2, Timestamp.from(runStart));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the reindex requests: " + e.getMessage(), e);
    }
  }
}
