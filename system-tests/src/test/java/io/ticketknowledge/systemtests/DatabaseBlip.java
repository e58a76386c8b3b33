package io.ticketknowledge.systemtests;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * Takes the application's database away for a while and gives it back, as a failover or a restart
 * does: new connections are refused and the open ones are killed. Runs psql as the superuser {@code
 * postgres} on the host of {@code TK_DB_URL} (as the test script sets the database up).
 */
final class DatabaseBlip implements AutoCloseable {

  private final String host;
  private final String port;
  private final String database;

  private DatabaseBlip(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    this.host = uri.getHost();
    this.port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
    this.database = uri.getPath().substring(1);
  }

  /** Starts the outage of the test server's database; {@link #close()} ends it. */
  static DatabaseBlip start() {
    return start(Api.env("TK_DB_URL"));
  }

  /** Starts the outage of the database of {@code jdbcUrl}; {@link #close()} ends it. */
  static DatabaseBlip start(String jdbcUrl) {
    DatabaseBlip blip = new DatabaseBlip(jdbcUrl);
    blip.psql(
        "alter database \"" + blip.database + "\" with allow_connections false",
        "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '"
            + blip.database
            + "' and pid <> pg_backend_pid()");
    return blip;
  }

  /** Drops {@code database} (if there) on the test server's PostgreSQL and creates it empty. */
  static void recreate(String database, String owner) {
    new DatabaseBlip(Api.env("TK_DB_URL"))
        .psql(
            "drop database if exists \"" + database + "\" with (force)",
            "create database \"" + database + "\" owner \"" + owner + "\"");
  }

  /** Lets connections in again. */
  @Override
  public void close() {
    psql("alter database \"" + database + "\" with allow_connections true");
  }

  private void psql(String... statements) {
    for (String sql : statements) {
      try {
        Process psql =
            new ProcessBuilder(
                    "psql",
                    "-h",
                    host,
                    "-p",
                    port,
                    "-U",
                    "postgres",
                    "-d",
                    "postgres",
                    "-qAtc",
                    sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(psql.getInputStream().readAllBytes());
        if (!psql.waitFor(30, TimeUnit.SECONDS) || psql.exitValue() != 0) {
          throw new AssertionError("psql failed (" + sql + "): " + output);
        }
      } catch (IOException e) {
        throw new AssertionError("psql is needed for the database fault test", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
