package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V140/V141 on H2 in PostgreSQL mode (the embedded profile): the dispatcher's claiming query and
 * the aggregate's query run there too, and the unique keys hold (one delivery per webhook and
 * event, one rating per resolution).
 */
class WebhookTablesOnH2Test {

  @Test
  void theDispatcherQueryAndTheUniqueKeysWorkOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    SchemaMigrator.migrate(h2, "ticket", getClass().getClassLoader());
    try (Connection db = h2.getConnection();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO ticket.webhooks (id, url, event_types, secret_cipher, active, created_by,"
              + " created_at, updated_at, version) VALUES (1, 'https://x', 'ticket.opened', 's',"
              + " TRUE, 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
      String delivery =
          "INSERT INTO ticket.webhook_deliveries (id, webhook_id, event_id, event_type, body,"
              + " status, attempts, failures_in_row, next_attempt_at, created_at) VALUES (?, 1, ?,"
              + " 'ticket.opened', '{}', 'PENDING', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
      UUID event = UUID.randomUUID();
      try (PreparedStatement insert = db.prepareStatement(delivery)) {
        insert.setLong(1, 1);
        insert.setObject(2, event);
        insert.executeUpdate();
        insert.setLong(1, 2);
        insert.setObject(2, UUID.randomUUID());
        insert.executeUpdate();
        insert.setLong(1, 3);
        insert.setObject(2, event);
        assertThrows(SQLException.class, insert::executeUpdate, "one delivery per event");
      }
      db.setAutoCommit(false);
      try (PreparedStatement due =
          db.prepareStatement(
              "SELECT d.id FROM ticket.webhook_deliveries d WHERE d.status = 'PENDING'"
                  + " AND d.next_attempt_at <= CURRENT_TIMESTAMP AND d.webhook_id IN"
                  + " (SELECT w.id FROM ticket.webhooks w WHERE w.active = TRUE)"
                  + " ORDER BY d.next_attempt_at, d.id LIMIT ? FOR UPDATE SKIP LOCKED")) {
        due.setInt(1, 1);
        try (ResultSet rows = due.executeQuery()) {
          rows.next();
          assertEquals(1, rows.getLong(1));
        }
      }
      db.commit();
      db.setAutoCommit(true);

      String rating =
          "INSERT INTO ticket.satisfaction_ratings (id, ticket_id, resolved_at, rating,"
              + " requester_id, agent_id, group_id, rated_month, rated_at) VALUES (?, 7,"
              + " TIMESTAMP WITH TIME ZONE '2026-11-30 08:15:00+00', ?, 'r', 'a', 5, '2026-11',"
              + " CURRENT_TIMESTAMP)";
      try (PreparedStatement insert = db.prepareStatement(rating)) {
        insert.setLong(1, 1);
        insert.setString(2, "GOOD");
        insert.executeUpdate();
        insert.setLong(1, 2);
        insert.setString(2, "BAD");
        assertThrows(SQLException.class, insert::executeUpdate, "one rating per resolution");
      }
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT rated_month, SUM(CASE WHEN rating = 'GOOD' THEN 1 ELSE 0 END),"
                  + " SUM(CASE WHEN rating = 'BAD' THEN 1 ELSE 0 END)"
                  + " FROM ticket.satisfaction_ratings WHERE group_id IN (5, 6)"
                  + " GROUP BY rated_month ORDER BY rated_month")) {
        rows.next();
        assertEquals("2026-11", rows.getString(1).strip());
        assertEquals(1, rows.getLong(2));
        assertEquals(0, rows.getLong(3));
      }
    }
  }
}
