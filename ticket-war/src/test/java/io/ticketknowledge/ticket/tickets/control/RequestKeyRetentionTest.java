package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class RequestKeyRetentionTest {

  private final DataSource db = ModuleSchemaOnH2.migrated("ticket");

  @Test
  void keysOlderThanTheRetentionAreRemovedInSlicesAndYoungerOnesStay() throws Exception {
    Instant now = Instant.now();
    ticket(1);
    insertKeys(RequestKeyRetention.SLICE + 3, now.minus(Duration.ofDays(2)));
    insertKeys(2, now.minus(Duration.ofMinutes(5)));

    long removed = new RequestKeyRetention(db).removeCreatedBefore(now.minus(Duration.ofHours(24)));

    assertEquals(RequestKeyRetention.SLICE + 3, removed);
    assertEquals(List.of("young-0", "young-1"), keys());
  }

  private int next;

  private void insertKeys(int count, Instant createdAt) throws SQLException {
    String prefix =
        createdAt.isBefore(Instant.now().minus(Duration.ofHours(1))) ? "old-" : "young-";
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into ticket.request_keys (user_id, idem_key, fingerprint, ticket_id,"
                    + " created_at) values ('u-1', ?, ?, 1, ?)")) {
      for (int i = 0; i < count; i++) {
        insert.setString(1, prefix + i);
        insert.setString(2, "%064d".formatted(next++));
        insert.setTimestamp(3, Timestamp.from(createdAt));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void ticket(long id) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into ticket.tickets (id, ticket_number, subject, description, status,"
                    + " priority, requester_id, requester_name, created_at, updated_at, version)"
                    + " values (?, ?, 's', 'd', 'NEW', 'P3', 'u-1', 'n', current_timestamp,"
                    + " current_timestamp, 1)")) {
      insert.setLong(1, id);
      insert.setString(2, "TK-2026-" + id);
      insert.executeUpdate();
    }
  }

  private List<String> keys() throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = db.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select idem_key from ticket.request_keys order by idem_key");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }
}
