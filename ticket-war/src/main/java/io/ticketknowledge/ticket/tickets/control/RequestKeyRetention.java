package io.ticketknowledge.ticket.tickets.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Removes idempotency keys older than their retention: a client retries within minutes, so keeping
 * them for ever only grows {@code ticket.request_keys}. Deletes in slices, so no run holds a long
 * transaction on a busy table.
 */
public final class RequestKeyRetention {

  static final int SLICE = 5_000;

  private final DataSource dataSource;

  public RequestKeyRetention(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @return how many keys were removed
   */
  public long removeCreatedBefore(Instant before) throws SQLException {
    long total = 0;
    int deleted;
    do {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement delete =
              connection.prepareStatement(
                  "delete from ticket.request_keys where (user_id, idem_key) in"
                      + " (select user_id, idem_key from ticket.request_keys where created_at < ?"
                      + " limit "
                      + SLICE
                      + ")")) {
        delete.setTimestamp(1, Timestamp.from(before));
        deleted = delete.executeUpdate();
      }
      total += deleted;
    } while (deleted == SLICE);
    return total;
  }
}
