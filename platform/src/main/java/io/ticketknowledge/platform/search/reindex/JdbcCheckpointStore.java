package io.ticketknowledge.platform.search.reindex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Checkpoints in a table of the business module's own schema (DDL in docs/ports/search.md): one row
 * per index name. Plain SQL that H2 and PostgreSQL both run.
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
    String sql = "SELECT target_index, last_id, done FROM " + table + " WHERE index_name = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, indexName);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Checkpoint(indexName, row.getString(1), row.getString(2), row.getLong(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the reindex checkpoint of " + indexName, e);
    }
  }

  @Override
  public void save(Checkpoint checkpoint) {
    String update =
        "UPDATE "
            + table
            + " SET target_index = ?, last_id = ?, done = ?, updated_at = ? WHERE index_name = ?";
    String insert =
        "INSERT INTO "
            + table
            + " (target_index, last_id, done, updated_at, index_name) VALUES (?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection()) {
      if (execute(connection, update, checkpoint) == 0) {
        execute(connection, insert, checkpoint);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot save the reindex checkpoint of " + checkpoint.indexName(), e);
    }
  }

  private static int execute(Connection connection, String sql, Checkpoint checkpoint)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, checkpoint.targetGeneration());
      statement.setString(2, checkpoint.lastId());
      statement.setLong(3, checkpoint.done());
      statement.setTimestamp(4, Timestamp.from(Instant.now()));
      statement.setString(5, checkpoint.indexName());
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
      throw new IllegalStateException("cannot clear the reindex checkpoint of " + indexName, e);
    }
  }
}
