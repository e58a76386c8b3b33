package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The inbox table of the module that owns a consumer group: group {@code knowledge.ticket-signals}
 * keeps its messages in {@code knowledge.inbox} (group names start with their module's schema, as
 * consumer names do). One JDBC batch and one commit per call.
 */
public final class JdbcGroupInbox implements GroupInbox {

  private final DataSource dataSource;

  public JdbcGroupInbox(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void store(String group, String topic, List<Entry> entries) {
    inTransaction(
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "insert into "
                      + table(group)
                      + " (id, group_id, topic, record_key, message) values (?, ?, ?, ?, ?)")) {
            for (Entry entry : entries) {
              insert.setObject(1, entry.id());
              insert.setString(2, group);
              insert.setString(3, topic);
              insert.setString(4, entry.key());
              insert.setString(5, entry.value() == null ? "" : entry.value());
              insert.addBatch();
            }
            insert.executeBatch();
          }
        });
  }

  @Override
  public void remove(String group, Collection<UUID> ids) {
    // one statement for the whole acknowledged batch, not one per message
    inTransaction(
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement("delete from " + table(group) + " where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            delete.executeUpdate();
          }
        });
  }

  @Override
  public List<Entry> pending(String group, String topic) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select id, record_key, message from "
                    + table(group)
                    + " where group_id = ? and topic = ? order by seq")) {
      select.setString(1, group);
      select.setString(2, topic);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          entries.add(
              new Entry(result.getObject(1, UUID.class), result.getString(2), result.getString(3)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the inbox of " + group + ": " + e, e);
    }
  }

  static String table(String group) {
    int dot = group.indexOf('.');
    return EventTables.checkedSchema(dot < 0 ? group : group.substring(0, dot)) + ".inbox";
  }

  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private void inTransaction(Work work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("inbox not written: " + e.getMessage(), e);
    }
  }
}
