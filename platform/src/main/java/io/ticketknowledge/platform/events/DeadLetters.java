package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A module's dead-letter table ({@code <schema>.dead_letter}): what admins list and replay. Written
 * in its own short transaction, after the consumer's transaction rolled back.
 */
public final class DeadLetters {

  private static final String COLUMNS =
      "id, consumer, topic, event_id, event_type, aggregate_id, message, error, attempts,"
          + " failed_at, replayed_at";

  private final String table;
  private final DataSource dataSource;

  public DeadLetters(String schema, DataSource dataSource) {
    this.table = EventTables.checkedSchema(schema) + ".dead_letter";
    this.dataSource = dataSource;
  }

  public long record(
      String consumer,
      String topic,
      String message,
      EventEnvelope envelope,
      String error,
      int attempts) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into "
                    + table
                    + " (consumer, topic, event_id, event_type, aggregate_id, message, error,"
                    + " attempts) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, consumer);
      insert.setString(2, topic);
      if (envelope == null) {
        insert.setNull(3, Types.OTHER);
        insert.setNull(4, Types.VARCHAR);
        insert.setNull(5, Types.VARCHAR);
      } else {
        insert.setObject(3, envelope.id());
        insert.setString(4, envelope.type());
        insert.setString(5, envelope.aggregateId());
      }
      insert.setString(6, message == null ? "" : message);
      insert.setString(7, clip(error, 2000));
      insert.setInt(8, attempts);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not record a dead letter: " + e.getMessage(), e);
    }
  }

  /** Oldest first, after the {@code afterId} cursor; replayed letters only when asked for. */
  public List<DeadLetter> list(boolean includeReplayed, long afterId, int limit) {
    return list(DeadLetterFilter.all(includeReplayed), afterId, limit);
  }

  /** The letters the filter matches, oldest first, after the {@code afterId} cursor. */
  public List<DeadLetter> list(DeadLetterFilter filter, long afterId, int limit) {
    StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from ").append(table);
    sql.append(" where id > ?");
    List<Object> args = new ArrayList<>();
    args.add(afterId);
    if (!filter.includeReplayed()) {
      sql.append(" and replayed_at is null");
    }
    if (filter.consumer() != null) {
      sql.append(" and consumer = ?");
      args.add(filter.consumer());
    }
    if (filter.eventType() != null) {
      sql.append(" and event_type = ?");
      args.add(filter.eventType());
    }
    if (filter.failedFrom() != null) {
      sql.append(" and failed_at >= ?");
      args.add(Timestamp.from(filter.failedFrom()));
    }
    if (filter.failedBefore() != null) {
      sql.append(" and failed_at < ?");
      args.add(Timestamp.from(filter.failedBefore()));
    }
    if (filter.errorContains() != null) {
      sql.append(" and lower(error) like ? escape '!'");
      args.add("%" + likeEscaped(filter.errorContains().toLowerCase(Locale.ROOT)) + "%");
    }
    sql.append(" order by id limit ?");
    args.add(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        select.setObject(i + 1, args.get(i));
      }
      List<DeadLetter> letters = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          letters.add(read(result));
        }
      }
      return letters;
    } catch (SQLException e) {
      throw new IllegalStateException("could not list dead letters: " + e.getMessage(), e);
    }
  }

  public Optional<DeadLetter> find(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select " + COLUMNS + " from " + table + " where id = ?")) {
      select.setLong(1, id);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(read(result)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a dead letter: " + e.getMessage(), e);
    }
  }

  /** Marks a letter replayed, once: false when another replay got there first. */
  public boolean markReplayed(long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "update "
                    + table
                    + " set replayed_at = current_timestamp where id = ? and replayed_at is null")) {
      update.setLong(1, id);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not mark a dead letter: " + e.getMessage(), e);
    }
  }

  private static DeadLetter read(ResultSet r) throws SQLException {
    Timestamp replayed = r.getTimestamp(11);
    return new DeadLetter(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getObject(4, UUID.class),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8),
        r.getInt(9),
        r.getTimestamp(10).toInstant(),
        replayed == null ? null : replayed.toInstant());
  }

  private static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() > max ? text.substring(0, max) : text;
  }
}
