package io.ticketknowledge.knowledge.privacy.control;

import io.ticketknowledge.platform.audit.AuditRecord;
import io.ticketknowledge.platform.privacy.PersonalDataArchive;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes what Knowledge holds about a person as the archive of decision 0026: {@code articles.json}
 * (they created or own), {@code revisions.json} and {@code reviews.json} (they wrote), {@code
 * feedback.json}, {@code searches.json} (their searches that found nothing, kept for the
 * knowledge-gap report), {@code audit.json}, {@code manifest.json}.
 */
@ApplicationScoped
public class KnowledgePersonalDataExport {

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  public void write(SubjectId subject, List<AuditRecord> audit, OutputStream out)
      throws IOException {
    String s = subject.value();
    try (Connection db = dataSource.getConnection();
        PersonalDataArchive archive = new PersonalDataArchive(out, "knowledge", subject)) {
      archive.json(
          "articles.json",
          array ->
              rows(
                  db,
                  "SELECT id, title, language, status, author_name, owner_name, created_at,"
                      + " updated_at, published_at, author_id = ? FROM knowledge.articles"
                      + " WHERE author_id = ? OR owner_id = ? ORDER BY id",
                  s,
                  3,
                  row -> {
                    array
                        .writeStartObject()
                        .write("id", row.getLong(1))
                        .write("title", row.getString(2))
                        .write("language", row.getString(3))
                        .write("status", row.getString(4))
                        .write("authorName", row.getString(5));
                    text(array, "ownerName", row.getString(6));
                    time(array, "createdAt", row.getTimestamp(7));
                    time(array, "updatedAt", row.getTimestamp(8));
                    time(array, "publishedAt", row.getTimestamp(9));
                    array.write("role", row.getBoolean(10) ? "author" : "owner").writeEnd();
                  }));
      archive.json(
          "revisions.json",
          array ->
              rows(
                  db,
                  "SELECT article_id, number, title, summary, body, message, created_at"
                      + " FROM knowledge.article_revisions WHERE author_id = ? ORDER BY id",
                  s,
                  1,
                  row -> {
                    array
                        .writeStartObject()
                        .write("articleId", row.getLong(1))
                        .write("number", row.getInt(2))
                        .write("title", row.getString(3))
                        .write("summary", row.getString(4))
                        .write("body", row.getString(5))
                        .write("message", row.getString(6));
                    time(array, "createdAt", row.getTimestamp(7));
                    array.writeEnd();
                  }));
      archive.json(
          "reviews.json",
          array ->
              rows(
                  db,
                  "SELECT article_id, revision, action, comment, created_at"
                      + " FROM knowledge.article_reviews WHERE actor_id = ? ORDER BY id",
                  s,
                  1,
                  row -> {
                    array
                        .writeStartObject()
                        .write("articleId", row.getLong(1))
                        .write("revision", row.getInt(2))
                        .write("action", row.getString(3));
                    text(array, "comment", row.getString(4));
                    time(array, "createdAt", row.getTimestamp(5));
                    array.writeEnd();
                  }));
      archive.json(
          "feedback.json",
          array ->
              rows(
                  db,
                  "SELECT article_id, revision, helpful, comment, user_name, created_at"
                      + " FROM knowledge.article_feedback WHERE user_id = ? ORDER BY id",
                  s,
                  1,
                  row -> {
                    array
                        .writeStartObject()
                        .write("articleId", row.getLong(1))
                        .write("revision", row.getInt(2))
                        .write("helpful", row.getBoolean(3));
                    text(array, "comment", row.getString(4));
                    array.write("userName", row.getString(5));
                    time(array, "createdAt", row.getTimestamp(6));
                    array.writeEnd();
                  }));
      archive.json(
          "searches.json",
          array ->
              rows(
                  db,
                  "SELECT query, locale, source, created_at FROM knowledge.search_misses"
                      + " WHERE user_id = ? ORDER BY id",
                  s,
                  1,
                  row -> {
                    array.writeStartObject().write("query", row.getString(1));
                    text(array, "locale", row.getString(2));
                    array.write("source", row.getString(3));
                    time(array, "createdAt", row.getTimestamp(4));
                    array.writeEnd();
                  }));
      archive.audit(audit);
    } catch (SQLException e) {
      throw new IOException("personal data export failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface RowWriter {
    void write(ResultSet row) throws SQLException;
  }

  /** Runs {@code sql} with the subject bound to its first {@code parameters} placeholders. */
  private static int rows(
      Connection db, String sql, String subject, int parameters, RowWriter writer)
      throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      for (int i = 1; i <= parameters; i++) {
        select.setString(i, subject);
      }
      select.setFetchSize(200);
      int count = 0;
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          writer.write(row);
          count++;
        }
      }
      return count;
    }
  }

  private static void text(JsonGenerator object, String name, String value) {
    PersonalDataArchive.writeNullable(object, name, value);
  }

  private static void time(JsonGenerator object, String name, Timestamp value) {
    PersonalDataArchive.writeNullable(
        object, name, value == null ? null : value.toInstant().toString());
  }
}
