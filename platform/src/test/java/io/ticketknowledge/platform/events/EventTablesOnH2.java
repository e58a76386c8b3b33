package io.ticketknowledge.platform.events;

import io.ticketknowledge.platform.H2InPostgresMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * An in-memory H2 database in PostgreSQL mode (as the embedded profile runs) with a schema holding
 * the event tables, created from the Ticket module's migration so the DDL is the real one.
 */
final class EventTablesOnH2 {

  static final Path MIGRATIONS = Path.of("../ticket-war/src/main/resources/db/migration/ticket");

  /**
   * The event tables' DDL: created by V3, extended by V30 (retention, parked rows), V40 (inbox).
   */
  static final List<String> MIGRATION_FILES =
      List.of("V3__events.sql", "V30__event_retention_and_parked_rows.sql", "V40__inbox.sql");

  private EventTablesOnH2() {}

  static DataSource create(String schema) {
    DataSource dataSource = H2InPostgresMode.fresh();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create schema " + schema);
      statement.execute("set schema " + schema);
      for (String ddl : statements()) {
        statement.execute(ddl);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return dataSource;
  }

  private static List<String> statements() {
    try {
      List<String> result = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String file : MIGRATION_FILES) {
        for (String line : Files.readAllLines(MIGRATIONS.resolve(file))) {
          if (line.startsWith("--")) {
            continue;
          }
          current.append(line).append('\n');
          if (line.trim().endsWith(";")) {
            result.add(current.toString().trim().replaceAll(";$", ""));
            current.setLength(0);
          }
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Connection connect(DataSource dataSource) throws SQLException {
    return dataSource.getConnection();
  }
}
