package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.audit.AuditRecord;
import io.ticketknowledge.platform.blobs.BlobContent;
import io.ticketknowledge.platform.blobs.BlobStore;
import io.ticketknowledge.platform.privacy.PersonalDataArchive;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes what the Ticket module holds about a person as the archive of decision 0026: {@code
 * tickets.json} (requested by them), {@code comments.json} (written by them), {@code
 * attachments.json} with the files under {@code attachments/<id>/<name>} (uploaded by them), {@code
 * watches.json}, {@code history.json} (changes they made), {@code audit.json}, {@code
 * manifest.json}. Rows are read with plain JDBC while the response streams, a table at a time.
 */
@ApplicationScoped
public class PersonalDataExport {

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Inject BlobStore blobs;

  private record FileRef(String path, String blobKey) {}

  public void write(SubjectId subject, List<AuditRecord> audit, OutputStream out)
      throws IOException {
    String s = subject.value();
    List<FileRef> files = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PersonalDataArchive archive = new PersonalDataArchive(out, "ticket", subject)) {
      archive.json(
          "tickets.json",
          array ->
              rows(
                  db,
                  "SELECT t.id, t.ticket_number, t.subject, t.description, t.ticket_type,"
                      + " t.status, t.priority, t.requester_name, t.requester_department,"
                      + " t.created_at, t.updated_at, t.resolved_at, t.closed_at, t.resolution,"
                      + " (SELECT COUNT(*) FROM ticket.ticket_legal_holds h WHERE h.ticket_id ="
                      + " t.id AND h.held = TRUE) FROM ticket.tickets t WHERE t.requester_id = ?"
                      + " ORDER BY t.id",
                  s,
                  row -> {
                    array
                        .writeStartObject()
                        .write("id", row.getLong(1))
                        .write("number", row.getString(2))
                        .write("subject", row.getString(3))
                        .write("description", row.getString(4))
                        .write("type", row.getString(5))
                        .write("status", row.getString(6))
                        .write("priority", row.getString(7))
                        .write("requesterName", row.getString(8));
                    text(array, "department", row.getString(9));
                    time(array, "createdAt", row.getTimestamp(10));
                    time(array, "updatedAt", row.getTimestamp(11));
                    time(array, "resolvedAt", row.getTimestamp(12));
                    time(array, "closedAt", row.getTimestamp(13));
                    text(array, "resolution", row.getString(14));
                    array.write("legalHold", row.getLong(15) > 0).writeEnd();
                  }));
      archive.json(
          "comments.json",
          array ->
              rows(
                  db,
                  "SELECT id, ticket_id, author_name, body, internal, created_at, edited_at"
                      + " FROM ticket.ticket_comments WHERE author_id = ? ORDER BY id",
                  s,
                  row -> {
                    array
                        .writeStartObject()
                        .write("id", row.getLong(1))
                        .write("ticketId", row.getLong(2))
                        .write("authorName", row.getString(3))
                        .write("body", row.getString(4))
                        .write("internal", row.getBoolean(5));
                    time(array, "createdAt", row.getTimestamp(6));
                    time(array, "editedAt", row.getTimestamp(7));
                    array.writeEnd();
                  }));
      archive.json(
          "attachments.json",
          array ->
              rows(
                  db,
                  "SELECT id, ticket_id, comment_id, file_name, content_type, size_bytes, sha256,"
                      + " created_at, blob_key FROM ticket.ticket_attachments WHERE uploader_id = ?"
                      + " ORDER BY created_at, id",
                  s,
                  row -> {
                    String path =
                        "attachments/"
                            + row.getString(1)
                            + "/"
                            + PersonalDataArchive.safeFileName(row.getString(4));
                    files.add(new FileRef(path, row.getString(9)));
                    array
                        .writeStartObject()
                        .write("id", row.getString(1))
                        .write("ticketId", row.getLong(2));
                    long comment = row.getLong(3);
                    if (row.wasNull()) {
                      array.writeNull("commentId");
                    } else {
                      array.write("commentId", comment);
                    }
                    array
                        .write("fileName", row.getString(4))
                        .write("contentType", row.getString(5))
                        .write("size", row.getLong(6))
                        .write("sha256", row.getString(7));
                    time(array, "createdAt", row.getTimestamp(8));
                    array.write("path", path).writeEnd();
                  }));
      for (FileRef file : files) {
        try (BlobContent content = blobs.get(file.blobKey())) {
          archive.file(file.path(), content.stream());
        }
      }
      archive.json(
          "watches.json",
          array ->
              rows(
                  db,
                  "SELECT ticket_id FROM ticket.ticket_watchers WHERE user_id = ? ORDER BY"
                      + " ticket_id",
                  s,
                  row -> array.writeStartObject().write("ticketId", row.getLong(1)).writeEnd()));
      archive.json(
          "history.json",
          array ->
              rows(
                  db,
                  "SELECT ticket_id, changed_at, change_kind FROM ticket.ticket_history"
                      + " WHERE actor_id = ? ORDER BY id",
                  s,
                  row -> {
                    array.writeStartObject().write("ticketId", row.getLong(1));
                    time(array, "changedAt", row.getTimestamp(2));
                    array.write("change", row.getString(3)).writeEnd();
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

  private static int rows(Connection db, String sql, String subject, RowWriter writer)
      throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      select.setString(1, subject);
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
