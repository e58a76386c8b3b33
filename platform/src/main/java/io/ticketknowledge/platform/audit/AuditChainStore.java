package io.ticketknowledge.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A module's audit tables ({@code <schema>.audit_record}, {@code audit_chain_head}, {@code
 * audit_checkpoint}) over plain JDBC, on the connection the caller gives (its transaction). Used by
 * the server ({@link AuditLedger}) and by the command-line verifier ({@link AuditVerifyCommand}).
 */
public final class AuditChainStore {

  static final String COLUMNS =
      "seq, recorded_at, subject, roles, client_address, user_agent, request_id, action,"
          + " object_type, object_id, changes, outcome, detail, previous_hash, hash";
  private static final int PAGE = 1000;

  private final String schema;

  public AuditChainStore(String schema) {
    this.schema = checkedSchema(schema);
  }

  /** A module schema name (it is put into SQL, so nothing else is accepted). */
  public static String checkedSchema(String schema) {
    if (schema == null || !schema.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("not a schema name: " + schema);
    }
    return schema;
  }

  public String schema() {
    return schema;
  }

  /**
   * Appends {@code entry} as the next record. The chain head row is locked first ({@code SELECT …
   * FOR UPDATE}), so concurrent appends, on this server or another, queue behind it and each gets
   * the next seq and the hash of its predecessor. Every {@code checkpointEvery} records a
   * checkpoint is signed when a signer is given. The caller commits.
   */
  public AuditRecord append(
      Connection connection, AuditEntry entry, CheckpointSigner signer, int checkpointEvery)
      throws SQLException {
    AuditChainVerifier.Head head = lockedHead(connection);
    AuditRecord record = AuditRecord.chained(head.seq() + 1, entry, head.hash());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into "
                + schema
                + ".audit_record ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, record.seq());
      insert.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
      insert.setString(3, entry.actor().subject());
      insert.setString(4, entry.actor().rolesText());
      insert.setString(5, entry.actor().clientAddress());
      insert.setString(6, entry.actor().userAgent());
      insert.setString(7, entry.actor().requestId());
      insert.setString(8, entry.action().name());
      insert.setString(9, entry.object().type());
      insert.setString(10, entry.object().id());
      insert.setString(11, AuditHashes.changes(entry).toString());
      insert.setString(12, entry.outcome().name());
      insert.setString(13, entry.detail());
      insert.setString(14, record.previousHash());
      insert.setString(15, record.hash());
      insert.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update " + schema + ".audit_chain_head set seq = ?, hash = ? where id = 1")) {
      update.setLong(1, record.seq());
      update.setString(2, record.hash());
      update.executeUpdate();
    }
    if (signer != null && checkpointEvery > 0 && record.seq() % checkpointEvery == 0) {
      AuditCheckpoint checkpoint = signer.sign(schema, record.seq(), record.hash(), entry.at());
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into "
                  + schema
                  + ".audit_checkpoint (seq, hash, key_id, signature, signed_at)"
                  + " values (?, ?, ?, ?, ?)")) {
        insert.setLong(1, checkpoint.seq());
        insert.setString(2, checkpoint.hash());
        insert.setString(3, checkpoint.keyId());
        insert.setString(4, checkpoint.signature());
        insert.setObject(5, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
        insert.executeUpdate();
      }
    }
    return record;
  }

  private AuditChainVerifier.Head lockedHead(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select seq, hash from " + schema + ".audit_chain_head where id = 1 for update");
        ResultSet rows = select.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException(schema + ".audit_chain_head has no row: migration V100 missing?");
      }
      return new AuditChainVerifier.Head(rows.getLong(1), rows.getString(2).trim());
    }
  }

  public Optional<AuditChainVerifier.Head> head(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select seq, hash from " + schema + ".audit_chain_head where id = 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next()
          ? Optional.of(new AuditChainVerifier.Head(rows.getLong(1), rows.getString(2).trim()))
          : Optional.empty();
    }
  }

  public List<AuditCheckpoint> checkpoints(Connection connection) throws SQLException {
    List<AuditCheckpoint> checkpoints = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select seq, hash, key_id, signature, signed_at from "
                    + schema
                    + ".audit_checkpoint order by seq");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        checkpoints.add(
            new AuditCheckpoint(
                rows.getLong(1),
                rows.getString(2).trim(),
                rows.getString(3),
                rows.getString(4),
                rows.getObject(5, OffsetDateTime.class).toInstant()));
      }
    }
    return checkpoints;
  }

  /** Verifies the whole chain, reading it in pages of {@value #PAGE} records by seq. */
  public ChainReport verify(Connection connection, CheckpointSigner signer) throws SQLException {
    List<AuditCheckpoint> checkpoints = checkpoints(connection);
    Optional<AuditChainVerifier.Head> head = head(connection);
    try {
      return new AuditChainVerifier(schema, signer)
          .verify(new Pages(connection), checkpoints, head);
    } catch (UncheckedSql e) {
      throw e.getCause();
    }
  }

  /** The records a query matches, newest first. */
  public List<AuditRecord> search(Connection connection, AuditQuery query) throws SQLException {
    StringBuilder sql =
        new StringBuilder("select " + COLUMNS + " from " + schema + ".audit_record where 1 = 1");
    List<Object> args = new ArrayList<>();
    condition(sql, args, "subject = ?", query.subject());
    condition(sql, args, "action = ?", query.action() == null ? null : query.action().name());
    condition(sql, args, "object_type = ?", query.objectType());
    condition(sql, args, "object_id = ?", query.objectId());
    condition(sql, args, "outcome = ?", query.outcome() == null ? null : query.outcome().name());
    condition(
        sql,
        args,
        "recorded_at >= ?",
        query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
    condition(
        sql,
        args,
        "recorded_at < ?",
        query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
    condition(sql, args, "seq < ?", query.before());
    sql.append(" order by seq desc limit ").append(query.limit());
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        select.setObject(i + 1, args.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        List<AuditRecord> records = new ArrayList<>();
        while (rows.next()) {
          records.add(record(rows));
        }
        return records;
      }
    }
  }

  private static void condition(StringBuilder sql, List<Object> args, String test, Object value) {
    if (value != null) {
      sql.append(" and ").append(test);
      args.add(value);
    }
  }

  static AuditRecord record(ResultSet rows) throws SQLException {
    String roles = rows.getString(4);
    AuditEntry entry =
        new AuditEntry(
            rows.getObject(2, OffsetDateTime.class).toInstant(),
            new AuditActor(
                rows.getString(3),
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7)),
            action(rows.getString(8)),
            new AuditObject(rows.getString(9), rows.getString(10)),
            changes(rows.getString(11)),
            outcome(rows.getString(12)),
            rows.getString(13));
    return new AuditRecord(
        rows.getLong(1), entry, rows.getString(14).trim(), rows.getString(15).trim());
  }

  /** An unknown action name (a row written by hand) still reads, and then fails verification. */
  private static AuditAction action(String name) {
    try {
      return AuditAction.valueOf(name);
    } catch (IllegalArgumentException e) {
      return AuditAction.ACCESS_REFUSED;
    }
  }

  private static AuditOutcome outcome(String name) {
    try {
      return AuditOutcome.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      return AuditOutcome.FAILED;
    }
  }

  private static List<FieldChange> changes(String json) {
    List<FieldChange> changes = new ArrayList<>();
    try {
      JsonNode array = AuditHashes.JSON.readTree(json == null ? "[]" : json);
      for (JsonNode change : array) {
        changes.add(
            new FieldChange(text(change, "field"), text(change, "before"), text(change, "after")));
      }
    } catch (JsonProcessingException e) {
      changes.add(new FieldChange("(unreadable)", null, json));
    }
    return changes;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static final class UncheckedSql extends RuntimeException {
    UncheckedSql(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** The records in seq order, one page at a time. */
  private final class Pages implements Iterator<AuditRecord> {
    private final Connection connection;
    private List<AuditRecord> page = List.of();
    private int index;
    private long after = Long.MIN_VALUE;
    private boolean exhausted;

    Pages(Connection connection) {
      this.connection = connection;
    }

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      try (PreparedStatement select =
          connection.prepareStatement(
              "select "
                  + COLUMNS
                  + " from "
                  + schema
                  + ".audit_record where seq > ? order by seq limit "
                  + PAGE)) {
        select.setLong(1, after);
        try (ResultSet rows = select.executeQuery()) {
          List<AuditRecord> next = new ArrayList<>();
          while (rows.next()) {
            next.add(record(rows));
          }
          page = next;
          index = 0;
          exhausted = next.size() < PAGE;
          if (!next.isEmpty()) {
            after = next.get(next.size() - 1).seq();
          }
          return !next.isEmpty();
        }
      } catch (SQLException e) {
        throw new UncheckedSql(e);
      }
    }

    @Override
    public AuditRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(index++);
    }
  }
}
