package io.ticketknowledge.ticket.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V10 on H2 in PostgreSQL mode (as embedded) over tickets of the first version: old priorities
 * become P1–P4 with a matching impact and urgency, every ticket gets a unique number, and the
 * number sequence answers the query TicketNumbers sends.
 */
class TicketLifecycleMigrationOnH2Test {

  @Test
  void oldTicketsGetNumbersAndMatrixPriorities() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure(getClass().getClassLoader())
        .dataSource(h2)
        .schemas("ticket")
        .defaultSchema("ticket")
        .createSchemas(true)
        .locations("classpath:db/migration/ticket")
        .target("4")
        .load()
        .migrate();
    try (Connection db = h2.getConnection();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO ticket.tickets (id, subject, description, status, priority, requester_id,"
              + " requester_name, created_at, updated_at, version) VALUES"
              + " (50, 'a', 'a', 'NEW', 'HIGH', 'u', 'U', TIMESTAMP WITH TIME ZONE"
              + " '2025-12-31 10:00:00+00', CURRENT_TIMESTAMP, 1),"
              + " (51, 'b', 'b', 'OPEN', 'NORMAL', 'u', 'U', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
              + " 1), (52, 'c', 'c', 'NEW', 'URGENT', 'u', 'U', CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 1)");
    }

    SchemaMigrator.migrate(h2, "ticket", getClass().getClassLoader());

    try (Connection db = h2.getConnection();
        Statement sql = db.createStatement()) {
      try (ResultSet row =
          sql.executeQuery(
              "SELECT ticket_number, priority, impact, urgency, ticket_type FROM ticket.tickets"
                  + " ORDER BY id")) {
        assertTrue(row.next());
        String first = row.getString(1);
        assertTrue(first.matches("TK-2025-00000[1-3]"), first);
        assertEquals("P2", row.getString(2));
        assertEquals("HIGH", row.getString(3));
        assertEquals("MEDIUM", row.getString(4));
        assertEquals("INCIDENT", row.getString(5));
        assertTrue(row.next());
        assertEquals("P3", row.getString(2));
        assertNotEquals(first, row.getString(1));
        assertTrue(row.next());
        assertEquals("P1", row.getString(2));
      }
      try (ResultSet next = sql.executeQuery("SELECT NEXTVAL('ticket.ticket_numbers')")) {
        assertTrue(next.next());
        assertEquals(4, next.getLong(1), "the next number follows the migrated ones");
      }
    }
  }
}
