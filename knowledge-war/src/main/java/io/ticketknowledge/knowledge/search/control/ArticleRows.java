package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The articles as the reindex reads them, by ascending id a page at a time: every article that is
 * not archived, live ones with their published revision, drafts and articles in review with their
 * head. Plain SQL that PostgreSQL and H2 both run.
 */
final class ArticleRows implements DocumentSource {

  private static final String SELECT =
      "SELECT a.id, COALESCE(r.title, a.title), COALESCE(r.summary, a.summary),"
          + " COALESCE(r.body, a.body), a.language, a.category_id, a.audience, a.audience_group,"
          + " a.owner_id, a.published_at, a.updated_at, a.version, a.status,"
          + " a.published_revision"
          + " FROM knowledge.articles a LEFT JOIN knowledge.article_revisions r"
          + " ON r.article_id = a.id AND r.number = a.published_revision"
          + " WHERE a.status <> 'ARCHIVED' AND a.id > ?";

  private final DataSource dataSource;
  private final Duration catchUpMargin;

  ArticleRows(DataSource dataSource, Duration catchUpMargin) {
    this.dataSource = dataSource;
    this.catchUpMargin = catchUpMargin;
  }

  @Override
  public long count() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement count =
            db.prepareStatement(
                "SELECT count(*) FROM knowledge.articles WHERE status <> 'ARCHIVED'");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the articles: " + e.getMessage(), e);
    }
  }

  @Override
  public List<SearchDocument> readAfter(String afterId, int limit) {
    return read(afterId, null, limit).stream().map(ArticleIndex::fromRow).toList();
  }

  @Override
  public List<SearchDocument> changedSince(Instant since, String afterId, int limit) {
    return read(afterId, since.minus(catchUpMargin), limit).stream()
        .map(ArticleIndex::fromRow)
        .toList();
  }

  private List<ArticleRow> read(String afterId, Instant since, int limit) {
    String sql =
        SELECT + (since == null ? "" : " AND a.updated_at >= ?") + " ORDER BY a.id LIMIT ?";
    try (Connection db = dataSource.getConnection();
        PreparedStatement select = db.prepareStatement(sql)) {
      int p = 1;
      select.setLong(p++, afterId == null ? Long.MIN_VALUE : Long.parseLong(afterId));
      if (since != null) {
        select.setTimestamp(p++, Timestamp.from(since));
      }
      select.setInt(p, limit);
      List<Object[]> raw = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Timestamp published = row.getTimestamp(10);
          boolean live = row.getObject(14) != null;
          raw.add(
              new Object[] {
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                (Long) row.getObject(6, Long.class),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                published == null ? null : published.toInstant(),
                row.getTimestamp(11).toInstant(),
                row.getLong(12),
                live ? ArticleIndex.LIVE : row.getString(13)
              });
        }
      }
      if (raw.isEmpty()) {
        return List.of();
      }
      Map<Long, List<String>> tags =
          tags(db, raw.stream().map(r -> r[0].toString()).collect(Collectors.joining(",")));
      List<ArticleRow> rows = new ArrayList<>();
      for (Object[] r : raw) {
        long id = (Long) r[0];
        rows.add(
            new ArticleRow(
                id,
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (Long) r[5],
                tags.getOrDefault(id, List.of()),
                Audience.valueOf((String) r[6]),
                (String) r[7],
                (String) r[8],
                (Instant) r[9],
                (Instant) r[10],
                (Long) r[11],
                (String) r[12]));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the articles: " + e.getMessage(), e);
    }
  }

  private static Map<Long, List<String>> tags(Connection db, String ids) throws SQLException {
    Map<Long, List<String>> tags = new HashMap<>();
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT article_id, tag FROM knowledge.article_tags WHERE article_id IN ("
                    + ids
                    + ") ORDER BY tag");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        tags.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
      }
    }
    return tags;
  }
}
