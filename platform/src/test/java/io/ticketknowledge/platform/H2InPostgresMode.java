package io.ticketknowledge.platform;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, set up as the embedded profile runs it: the one
 * H2 set-up of the platform's tests (the modules' tests use {@link ModuleSchemaOnH2}, which adds
 * their migrations).
 */
public final class H2InPostgresMode {

  private H2InPostgresMode() {}

  public static JdbcDataSource fresh() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return dataSource;
  }
}
