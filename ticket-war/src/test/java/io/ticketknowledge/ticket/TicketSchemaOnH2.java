package io.ticketknowledge.ticket;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database in PostgreSQL mode (as the embedded profile runs) with schema
 * {@code ticket} migrated by the module's real Flyway migrations: the one H2 set-up of the module's
 * tests.
 */
public final class TicketSchemaOnH2 {

  private TicketSchemaOnH2() {}

  public static DataSource migrated() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    SchemaMigrator.migrate(h2, "ticket", TicketSchemaOnH2.class.getClassLoader());
    return h2;
  }
}
