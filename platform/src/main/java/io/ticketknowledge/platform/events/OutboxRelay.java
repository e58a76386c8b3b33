package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Publishes a module's outbox, oldest first, and marks what the transport took. Rows are locked
 * with {@code SKIP LOCKED}, so several replicas can relay one outbox without sending a row twice; a
 * crash between the transport's acknowledgement and the commit sends those rows again, which
 * consumers absorb by event id.
 *
 * <p>Two kinds of failure are told apart. When the transport takes nothing of a batch of fresh
 * rows, it is away: the relay backs off as a whole, doubling up to a maximum, and no row is blamed.
 * When it takes some rows and refuses others, the refused rows are at fault: each is retried on its
 * own backoff ({@code next_attempt_at}) and set aside ({@code parked_at}, metric {@code
 * tk_outbox_parked}) after {@code tk.events.relay.max-attempts}, while the relay goes on at full
 * pace. Later rows of a waiting or parked row's aggregate wait with it, so one aggregate's events
 * stay in order; every other aggregate flows.
 */
public final class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  private final String module;
  private final String table;
  private final DataSource dataSource;
  private final EventPublisher publisher;
  private final RelaySettings settings;
  private final EventMetrics metrics;
  private final EventRetention retention;
  private final Clock clock;
  private int failedCycles;
  private Instant resumeAt = Instant.MIN;
  private Instant nextCleanup = Instant.MIN;
  private ScheduledFuture<?> task;

  public OutboxRelay(
      String module,
      String schema,
      DataSource dataSource,
      EventPublisher publisher,
      RelaySettings settings,
      EventMetrics metrics) {
    this(module, schema, dataSource, publisher, settings, metrics, Clock.systemUTC());
  }

  OutboxRelay(
      String module,
      String schema,
      DataSource dataSource,
      EventPublisher publisher,
      RelaySettings settings,
      EventMetrics metrics,
      Clock clock) {
    this.module = module;
    this.table = EventTables.checkedSchema(schema) + ".outbox";
    this.dataSource = dataSource;
    this.publisher = publisher;
    this.settings = settings;
    this.metrics = metrics;
    this.retention = new EventRetention(schema, dataSource, settings);
    this.clock = clock;
    metrics.outboxBacklog(module, this::backlog);
    metrics.outboxParked(module, this::parked);
  }

  public synchronized void start(ScheduledExecutorService scheduler) {
    long every = settings.interval().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
  }

  public synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One scheduled cycle: batches until the outbox is drained, or backs off on failure. */
  void tick() {
    Instant now = clock.instant();
    if (now.isBefore(resumeAt)) {
      return;
    }
    try {
      while (relayBatch() == settings.batchSize()) {
        // a full batch: more may be waiting
      }
      if (failedCycles > 0) {
        LOG.info(() -> module + " outbox: transport back after " + failedCycles + " failed cycles");
      }
      failedCycles = 0;
      removeExpired(now);
    } catch (SQLException | RuntimeException e) {
      failedCycles++;
      resumeAt = clock.instant().plus(settings.backoffAfter(failedCycles));
      Level level = failedCycles == 1 ? Level.WARNING : Level.FINE;
      LOG.log(level, module + " outbox: cycle failed, retrying after backoff: " + e.getMessage());
    }
  }

  /**
   * Publishes the oldest rows that are due.
   *
   * @return how many rows were handled: published, or blamed for their own failure
   * @throws RelayFailureException when the transport took none of the rows and some were fresh (it
   *     is away; nothing is blamed)
   */
  int relayBatch() throws SQLException {
    List<Row> rows;
    List<String> errors = new ArrayList<>();
    int published = 0;
    boolean transportAway;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Instant now = clock.instant();
        rows = lockDue(connection, now);
        List<CompletableFuture<Void>> taken = new ArrayList<>(rows.size());
        for (Row row : rows) {
          taken.add(
              publisher.publish(row.topic(), row.key(), row.envelope()).toCompletableFuture());
        }
        awaitAll(taken);
        List<Long> done = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          String error = failure(taken.get(i));
          if (error == null) {
            done.add(rows.get(i).seq());
          } else {
            errors.add(error);
            refused.add(i);
          }
        }
        // Nothing taken and a row that never failed before among them: the transport is away.
        // Rows that failed before are retried alone, so their failure alone proves nothing more.
        transportAway =
            !rows.isEmpty() && done.isEmpty() && rows.stream().anyMatch(row -> row.attempts() == 0);
        for (int i : refused) {
          if (transportAway) {
            recordError(connection, rows.get(i).seq(), errors.get(refused.indexOf(i)));
          } else {
            blame(connection, rows.get(i), errors.get(refused.indexOf(i)), now);
          }
        }
        markPublished(connection, done);
        connection.commit();
        published = done.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    metrics.published(module, published);
    if (transportAway) {
      throw new RelayFailureException(
          errors.size() + " of " + rows.size() + " events not taken: " + errors.get(0));
    }
    if (!errors.isEmpty()) {
      LOG.warning(
          () ->
              module
                  + " outbox: "
                  + errors.size()
                  + " of "
                  + rows.size()
                  + " events refused, retried on their own: "
                  + errors.get(0));
    }
    return rows.size();
  }

  long backlog() {
    return count("published_at is null");
  }

  long parked() {
    return count("published_at is null and parked_at is not null");
  }

  private long count(String condition) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from " + table + " where " + condition);
        ResultSet result = count.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  /**
   * The oldest unpublished rows that are due and not behind an earlier row of their aggregate that
   * failed on its own (waiting for its retry, or parked): that row goes first, alone.
   *
   * <p>Such blocking rows are rare, so they are looked up first: with none (the usual case) the
   * rows are taken in {@code seq} order straight from the pending index. The query that checks
   * every candidate against the earlier rows of its aggregate is kept for when some aggregate is
   * blocked: with a large backlog of one aggregate it costs time quadratic in the backlog (10,000
   * events of one ticket took minutes to relay).
   */
  private List<Row> lockDue(Connection connection, Instant now) throws SQLException {
    String behindABlockedRow =
        blocked(connection)
            ? " and not exists (select 1 from "
                + table
                + " w where w.aggregate_id = o.aggregate_id and w.topic = o.topic"
                + " and w.seq < o.seq and w.published_at is null"
                + " and (w.parked_at is not null or w.next_attempt_at is not null))"
            : "";
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select o.seq, o.topic, o.aggregate_id, o.envelope, o.attempts from "
                + table
                + " o where o.published_at is null and o.parked_at is null"
                + " and (o.next_attempt_at is null or o.next_attempt_at <= ?)"
                + behindABlockedRow
                + " order by o.seq limit ? for update skip locked")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setInt(2, settings.batchSize());
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getInt(5)));
        }
      }
    }
    return rows;
  }

  /** Whether some unpublished row failed on its own (waits for its retry, or is parked). */
  private boolean blocked(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select 1 from "
                    + table
                    + " where published_at is null"
                    + " and (parked_at is not null or next_attempt_at is not null) limit 1");
        ResultSet result = select.executeQuery()) {
      return result.next();
    }
  }

  private void awaitAll(List<CompletableFuture<Void>> taken) {
    try {
      CompletableFuture.allOf(taken.toArray(CompletableFuture[]::new))
          .get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // looked at one by one below
    }
  }

  private static String failure(CompletableFuture<Void> taken) {
    if (!taken.isDone()) {
      return "no acknowledgement in time";
    }
    if (taken.isCompletedExceptionally()) {
      try {
        taken.join();
      } catch (RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
      }
    }
    return null;
  }

  private void markPublished(Connection connection, List<Long> seqs) throws SQLException {
    if (seqs.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update "
                + table
                + " set published_at = current_timestamp, next_attempt_at = null where seq = ?")) {
      for (long seq : seqs) {
        update.setLong(1, seq);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private void recordError(Connection connection, long seq, String error) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("update " + table + " set last_error = ? where seq = ?")) {
      update.setString(1, truncated(error));
      update.setLong(2, seq);
      update.executeUpdate();
    }
  }

  /** The row failed on its own: one more attempt, its own retry time, or set aside for good. */
  private void blame(Connection connection, Row row, String error, Instant now)
      throws SQLException {
    int attempts = row.attempts() + 1;
    boolean park = attempts >= settings.maxAttempts();
    try (PreparedStatement update =
        connection.prepareStatement(
            "update "
                + table
                + " set attempts = ?, last_error = ?, next_attempt_at = ?, parked_at = ?"
                + " where seq = ?")) {
      update.setInt(1, attempts);
      update.setString(2, truncated(error));
      update.setTimestamp(3, Timestamp.from(now.plus(settings.backoffAfter(attempts))));
      update.setTimestamp(4, park ? Timestamp.from(now) : null);
      update.setLong(5, row.seq());
      update.executeUpdate();
    }
    if (park) {
      LOG.severe(
          () ->
              module
                  + " outbox: row "
                  + row.seq()
                  + " (aggregate "
                  + row.key()
                  + ") set aside after "
                  + attempts
                  + " attempts, later events of its aggregate wait: "
                  + error);
    }
  }

  private static String truncated(String error) {
    return error.length() > 1000 ? error.substring(0, 1000) : error;
  }

  /** Published rows and processed-event marks are kept for a while, then removed hourly. */
  private void removeExpired(Instant now) throws SQLException {
    if (now.isBefore(nextCleanup)) {
      return;
    }
    nextCleanup = now.plusSeconds(3600);
    retention.removeExpired(now);
  }

  private record Row(long seq, String topic, String key, String envelope, int attempts) {}
}
