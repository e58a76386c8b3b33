package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.ticket.sla.control.SlaPolicies;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps {@code report_ticket_outcomes} up to date: every run reads the tickets changed since the
 * checkpoint (by {@code updated_at}, an index range; a resolve, reopen or close moves it), less a
 * margin for transactions that committed late, and rewrites their rows {@link #BATCH} at a time.
 * The first run on an existing database reads every ticket (the backfill). Two replicas running at
 * once write the same rows; a clash on the primary key fails one batch, which the next run redoes.
 */
@ApplicationScoped
public class TicketOutcomeRollup {

  private static final Logger LOG = Logger.getLogger(TicketOutcomeRollup.class.getName());
  static final int BATCH = 200;

  /** Longer than any transaction that changes a ticket: what committed late is read again. */
  static final Duration MARGIN = Duration.ofMinutes(5);

  @Resource(lookup = "jdbc/tk")
  DataSource primary;

  @Inject TicketOutcomes outcomes;
  @Inject SlaPolicies policies;

  /** Returns how many outcome rows were written or removed. */
  public synchronized int run() {
    try {
      Instant startedAt = now();
      Instant since = checkpoint().minus(MARGIN);
      SlaPolicies.Resolver resolver = policies.resolver();
      int changed = 0;
      Instant afterTime = since;
      long afterId = 0;
      for (List<Object[]> batch = changedAfter(afterTime, afterId, startedAt);
          !batch.isEmpty();
          batch = changedAfter(afterTime, afterId, startedAt)) {
        List<Long> ids = batch.stream().map(row -> (Long) row[1]).toList();
        try {
          changed += outcomes.refresh(ids, resolver);
        } catch (RuntimeException clash) {
          LOG.log(Level.WARNING, "report rollup: a batch failed, the next run redoes it", clash);
          return changed;
        }
        Object[] last = batch.get(batch.size() - 1);
        afterTime = (Instant) last[0];
        afterId = (Long) last[1];
      }
      moveCheckpoint(startedAt);
      return changed;
    } catch (SQLException e) {
      throw new IllegalStateException("report rollup failed", e);
    }
  }

  private Instant now() throws SQLException {
    try (Connection db = primary.getConnection();
        PreparedStatement query = db.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getTimestamp(1).toInstant();
    }
  }

  private Instant checkpoint() throws SQLException {
    try (Connection db = primary.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT read_until FROM ticket.report_rollup_checkpoint WHERE id = 1");
        ResultSet row = query.executeQuery()) {
      return row.next() ? row.getTimestamp(1).toInstant() : Instant.EPOCH;
    }
  }

  private void moveCheckpoint(Instant until) throws SQLException {
    try (Connection db = primary.getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE ticket.report_rollup_checkpoint SET read_until = ?"
                    + " WHERE id = 1 AND read_until < ?")) {
      update.setTimestamp(1, Timestamp.from(until));
      update.setTimestamp(2, Timestamp.from(until));
      update.executeUpdate();
    }
  }

  /** The next batch of (updated_at, id) after the given key, changed before {@code before}. */
  private List<Object[]> changedAfter(Instant afterTime, long afterId, Instant before)
      throws SQLException {
    try (Connection db = primary.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT updated_at, id FROM ticket.tickets WHERE updated_at < ?"
                    + " AND (updated_at > ? OR (updated_at = ? AND id > ?))"
                    + " ORDER BY updated_at, id LIMIT "
                    + BATCH)) {
      query.setTimestamp(1, Timestamp.from(before));
      query.setTimestamp(2, Timestamp.from(afterTime));
      query.setTimestamp(3, Timestamp.from(afterTime));
      query.setLong(4, afterId);
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(new Object[] {result.getTimestamp(1).toInstant(), result.getLong(2)});
        }
      }
      return rows;
    }
  }
}
