package io.ticketknowledge.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a module's Flyway migrations to its own schema at startup. Each module keeps its own
 * history table inside its schema, so the modules migrate independently and never touch each
 * other's tables.
 */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /**
   * @param schema the module's schema, e.g. {@code ticket}
   * @param classLoader the module's class loader, which sees its {@code db/migration/<schema>}
   */
  public static MigrateResult migrate(
      DataSource dataSource, String schema, ClassLoader classLoader) {
    long started = System.nanoTime();
    MigrateResult result =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(true)
            .table("flyway_schema_history")
            .locations("classpath:db/migration/" + schema)
            // a location the scanner cannot read must stop the start, not skip the migrations
            .failOnMissingLocations(true)
            .callbackLocations(new String[0])
            .encoding("UTF-8")
            .validateMigrationNaming(true)
            // ${postgresql} starts statements only PostgreSQL runs (privileges): a comment
            // elsewhere
            .placeholders(Map.of("postgresql", isPostgreSql(dataSource) ? "" : "-- "))
            .load()
            .migrate();
    LOG.info(
        () ->
            String.format(
                "Schema %s: %d migration(s) applied, now at version %s (%d ms)",
                schema,
                result.migrationsExecuted,
                result.targetSchemaVersion,
                (System.nanoTime() - started) / 1_000_000));
    return result;
  }

  static boolean isPostgreSql(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("database not reachable for migrations", e);
    }
  }
}
