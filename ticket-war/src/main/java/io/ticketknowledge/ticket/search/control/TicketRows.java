package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The tickets table as the reindex reads it: by ascending id, a page at a time, from the primary (a
 * replica could lag behind the events). Plain SQL that PostgreSQL and H2 both run.
 */
final class TicketRows implements DocumentSource {

  private static final String COLUMNS =
      "id, subject, description, status, priority, requester_id, requester_name, created_at,"
          + " updated_at, version, ticket_number, ticket_type, group_id, assignee_id, category_id,"
          + " conversation_revision";

  /** Between two comments in a document's comment fields. */
  static final String COMMENT_SEPARATOR = "\n\n";

  private final DataSource dataSource;
  private final Duration catchUpMargin;

  /**
   * @param catchUpMargin subtracted from a reindex's start in {@link #changedSince}: the clocks of
   *     the servers and the database may differ
   */
  TicketRows(DataSource dataSource, Duration catchUpMargin) {
    this.dataSource = dataSource;
    this.catchUpMargin = catchUpMargin;
  }

  @Override
  public long count() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement count = db.prepareStatement("SELECT count(*) FROM ticket.tickets");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the tickets: " + e.getMessage(), e);
    }
  }

  @Override
  public List<SearchDocument> readAfter(String afterId, int limit) {
    return read(afterId, null, limit).stream().map(TicketIndex::document).toList();
  }

  /** Tickets changed at or after {@code since} minus the margin, by ascending id. */
  @Override
  public List<SearchDocument> changedSince(Instant since, String afterId, int limit) {
    return read(afterId, since.minus(catchUpMargin), limit).stream()
        .map(TicketIndex::document)
        .toList();
  }

  /** The tickets of these ids as they are now (those that exist), for the event consumer. */
  List<IndexedTicket> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT " + COLUMNS + " FROM ticket.tickets WHERE id IN (" + list + ")")) {
      return withTags(db, rows(select));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the tickets: " + e.getMessage(), e);
    }
  }

  /**
   * The tickets with their tags, watchers, custom fields and conversation, one query each for the
   * page.
   */
  private static List<IndexedTicket> withTags(Connection db, List<IndexedTicket> tickets)
      throws SQLException {
    if (tickets.isEmpty()) {
      return tickets;
    }
    String ids = tickets.stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(","));
    Map<Long, List<String>> tags = values(db, "tag", "ticket.ticket_tags", ids);
    Map<Long, List<String>> watchers = values(db, "user_id", "ticket.ticket_watchers", ids);
    Map<Long, List<String>> fields =
        values(db, "field_key || '=' || field_value", "ticket.ticket_field_values", ids);
    Map<Long, StringBuilder> replies = new HashMap<>();
    Map<Long, StringBuilder> notes = new HashMap<>();
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT ticket_id, internal, body FROM ticket.ticket_comments WHERE ticket_id IN ("
                    + ids
                    + ") ORDER BY ticket_id, created_at, id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        StringBuilder text =
            (row.getBoolean(2) ? notes : replies)
                .computeIfAbsent(row.getLong(1), id -> new StringBuilder());
        text.append(text.isEmpty() ? "" : COMMENT_SEPARATOR).append(row.getString(3));
      }
    }
    List<IndexedTicket> tagged = new ArrayList<>();
    for (IndexedTicket t : tickets) {
      tagged.add(
          new IndexedTicket(
                  t.id(),
                  t.subject(),
                  t.description(),
                  t.status(),
                  t.priority(),
                  t.requesterId(),
                  t.requesterName(),
                  t.createdAt(),
                  t.updatedAt(),
                  t.version(),
                  t.number(),
                  t.type(),
                  t.groupId(),
                  t.assigneeId(),
                  t.categoryId(),
                  tags.getOrDefault(t.id(), List.of()),
                  watchers.getOrDefault(t.id(), List.of()),
                  fields.getOrDefault(t.id(), List.of()))
              .withConversation(
                  t.revision(),
                  String.valueOf(replies.getOrDefault(t.id(), new StringBuilder())),
                  String.valueOf(notes.getOrDefault(t.id(), new StringBuilder()))));
    }
    return tagged;
  }

  private static Map<Long, List<String>> values(
      Connection db, String column, String table, String ids) throws SQLException {
    Map<Long, List<String>> values = new HashMap<>();
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT ticket_id, "
                    + column
                    + " FROM "
                    + table
                    + " WHERE ticket_id IN ("
                    + ids
                    + ") ORDER BY "
                    + column);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        values.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    return values;
  }

  private List<IndexedTicket> read(String afterId, Instant since, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM ticket.tickets WHERE id > ?"
            + (since == null ? "" : " AND updated_at >= ?")
            + " ORDER BY id LIMIT ?";
    try (Connection db = dataSource.getConnection();
        PreparedStatement select = db.prepareStatement(sql)) {
      int p = 1;
      select.setLong(p++, afterId == null ? Long.MIN_VALUE : Long.parseLong(afterId));
      if (since != null) {
        select.setTimestamp(p++, Timestamp.from(since));
      }
      select.setInt(p, limit);
      List<IndexedTicket> tickets = rows(select);
      return withTags(db, tickets);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the tickets: " + e.getMessage(), e);
    }
  }

  /**
   * The rows of a select of {@link #COLUMNS}; {@code revision} holds the conversation revision
   * until {@link #withTags} adds the conversation.
   */
  private static List<IndexedTicket> rows(PreparedStatement select) throws SQLException {
    List<IndexedTicket> tickets = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        tickets.add(
            new IndexedTicket(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getObject(8, OffsetDateTime.class).toInstant(),
                row.getObject(9, OffsetDateTime.class).toInstant(),
                row.getLong(10),
                row.getString(11),
                row.getString(12),
                row.getObject(13) == null ? null : row.getLong(13),
                row.getString(14),
                row.getObject(15) == null ? null : row.getLong(15),
                List.of(),
                List.of(),
                List.of(),
                row.getLong(16),
                "",
                ""));
      }
    }
    return tickets;
  }
}
