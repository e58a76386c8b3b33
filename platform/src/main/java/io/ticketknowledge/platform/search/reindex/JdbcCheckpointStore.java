package io.ticketknowledge.platform.search.reindex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Checkpoints and claims in a table of the business module's own schema (DDL in
 * docs/ports/search.md): one row per index name. The claim is a lease in the same row, taken by one
 * conditional UPDATE (or the INSERT of the row, which the primary key lets only one server win), so
 * servers sharing the database run one reindex per index at a time. Plain SQL that H2 and
 * PostgreSQL both run.
 */
public final class JdbcCheckpointStore implements CheckpointStore {

  private static final Pattern TABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  private final DataSource dataSource;
  private final String table;

  /**
   * @param table the table name, optionally schema-qualified ({@code ticket.search_reindex})
   */
  public JdbcCheckpointStore(DataSource dataSource, String table) {
    if (table == null || !TABLE.matcher(table).matches()) {
      // the name goes into SQL text: only plain identifiers
      throw new IllegalArgumentException("not a plain table name: " + table);
    }
    this.dataSource = dataSource;
    this.table = table;
  }

  @Override
  public Optional<Checkpoint> load(String indexName) {
    String sql =
        "SELECT target_index, last_id, done, phase, started_at FROM "
            + table
            + " WHERE index_name = ? AND target_index IS NOT NULL";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, indexName);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Checkpoint(
                indexName,
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                Checkpoint.Phase.valueOf(row.getString(4)),
                row.getTimestamp(5).toInstant()));
      }
    } catch (SQLException e) {
      throw failure("cannot read the reindex checkpoint of " + indexName, e);
    }
  }

  @Override
  public void save(Checkpoint checkpoint) {
    String update =
        "UPDATE "
            + table
            + " SET target_index = ?, last_id = ?, done = ?, phase = ?, started_at = ?,"
            + " updated_at = ? WHERE index_name = ?";
    String insert =
        "INSERT INTO "
            + table
            + " (target_index, last_id, done, phase, started_at, updated_at, index_name)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection()) {
      if (execute(connection, update, checkpoint) == 0) {
        execute(connection, insert, checkpoint);
      }
    } catch (SQLException e) {
      throw failure("cannot save the reindex checkpoint of " + checkpoint.indexName(), e);
    }
  }

  private static int execute(Connection connection, String sql, Checkpoint checkpoint)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, checkpoint.targetGeneration());
      statement.setString(2, checkpoint.lastId());
      statement.setLong(3, checkpoint.done());
      statement.setString(4, checkpoint.phase().name());
      statement.setTimestamp(5, Timestamp.from(checkpoint.startedAt()));
      statement.setTimestamp(6, Timestamp.from(Instant.now()));
      statement.setString(7, checkpoint.indexName());
      return statement.executeUpdate();
    }
  }

  @Override
  public void clear(String indexName) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM " + table + " WHERE index_name = ?")) {
      delete.setString(1, indexName);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot clear the reindex checkpoint of " + indexName, e);
    }
  }

  @Override
  public boolean claim(String indexName, String owner, Instant now, Duration lease) {
    Timestamp until = Timestamp.from(now.plus(lease));
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE "
                  + table
                  + " SET lease_owner = ?, lease_until = ? WHERE index_name = ?"
                  + " AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)")) {
        update.setString(1, owner);
        update.setTimestamp(2, until);
        update.setString(3, indexName);
        update.setString(4, owner);
        update.setTimestamp(5, Timestamp.from(now));
        if (update.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table
                  + " (index_name, done, phase, started_at, updated_at, lease_owner, lease_until)"
                  + " VALUES (?, 0, 'FILLING', ?, ?, ?, ?)")) {
        insert.setString(1, indexName);
        insert.setTimestamp(2, Timestamp.from(now));
        insert.setTimestamp(3, Timestamp.from(now));
        insert.setString(4, owner);
        insert.setTimestamp(5, until);
        insert.executeUpdate();
        return true;
      } catch (SQLException duplicate) {
        // the row exists and another owner's claim has not expired (or it was inserted just now)
        return false;
      }
    } catch (SQLException e) {
      throw failure("cannot claim the reindex of " + indexName, e);
    }
  }

  @Override
  public void release(String indexName, String owner) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE "
                    + table
                    + " SET lease_owner = NULL, lease_until = NULL"
                    + " WHERE index_name = ? AND lease_owner = ?");
        PreparedStatement unused =
            connection.prepareStatement(
                "DELETE FROM "
                    + table
                    + " WHERE index_name = ? AND target_index IS NULL AND lease_owner IS NULL")) {
      update.setString(1, indexName);
      update.setString(2, owner);
      update.executeUpdate();
      unused.setString(1, indexName);
      unused.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot release the reindex claim of " + indexName, e);
    }
  }

  @Override
  public Optional<String> claimant(String indexName, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT lease_owner FROM "
                    + table
                    + " WHERE index_name = ? AND lease_owner IS NOT NULL AND lease_until >= ?")) {
      select.setString(1, indexName);
      select.setTimestamp(2, Timestamp.from(now));
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("cannot read the reindex claim of " + indexName, e);
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }
}
