package io.ticketknowledge.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
 * consumers absorb by event id. After a failed cycle the relay backs off, doubling up to a maximum.
 */
public final class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  private final String module;
  private final String table;
  private final DataSource dataSource;
  private final EventPublisher publisher;
  private final RelaySettings settings;
  private final EventMetrics metrics;
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
    this.module = module;
    this.table = EventTables.checkedSchema(schema) + ".outbox";
    this.dataSource = dataSource;
    this.publisher = publisher;
    this.settings = settings;
    this.metrics = metrics;
    metrics.outboxBacklog(module, this::backlog);
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
    Instant now = Instant.now();
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
      removePublishedBefore(now);
    } catch (SQLException | RuntimeException e) {
      failedCycles++;
      resumeAt = Instant.now().plus(settings.backoffAfter(failedCycles));
      Level level = failedCycles == 1 ? Level.WARNING : Level.FINE;
      LOG.log(level, module + " outbox: cycle failed, retrying after backoff: " + e.getMessage());
    }
  }

  /**
   * Publishes the oldest unpublished rows.
   *
   * @return how many were published
   * @throws RelayFailureException when the transport refused some rows (the others are marked)
   */
  int relayBatch() throws SQLException {
    List<Row> rows;
    List<String> errors = new ArrayList<>();
    int published = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        rows = lockOldest(connection);
        List<CompletableFuture<Void>> taken = new ArrayList<>(rows.size());
        for (Row row : rows) {
          taken.add(
              publisher.publish(row.topic(), row.key(), row.envelope()).toCompletableFuture());
        }
        awaitAll(taken);
        List<Long> done = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          String error = failure(taken.get(i));
          if (error == null) {
            done.add(rows.get(i).seq());
          } else {
            errors.add(error);
            markFailed(connection, rows.get(i).seq(), error);
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
    if (!errors.isEmpty()) {
      throw new RelayFailureException(
          errors.size() + " of " + rows.size() + " events not taken: " + errors.get(0));
    }
    return published;
  }

  long backlog() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from " + table + " where published_at is null");
        ResultSet result = count.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }

  private List<Row> lockOldest(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select seq, topic, aggregate_id, envelope from "
                + table
                + " where published_at is null order by seq limit ? for update skip locked")) {
      select.setInt(1, settings.batchSize());
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4)));
        }
      }
    }
    return rows;
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
            "update " + table + " set published_at = current_timestamp where seq = ?")) {
      for (long seq : seqs) {
        update.setLong(1, seq);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private void markFailed(Connection connection, long seq, String error) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update " + table + " set attempts = attempts + 1, last_error = ? where seq = ?")) {
      update.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
      update.setLong(2, seq);
      update.executeUpdate();
    }
  }

  /** Published rows are kept for a while (for audits and support), then removed hourly. */
  private void removePublishedBefore(Instant now) throws SQLException {
    if (now.isBefore(nextCleanup)) {
      return;
    }
    nextCleanup = now.plusSeconds(3600);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from " + table + " where published_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(now.minus(settings.retention())));
      delete.executeUpdate();
    }
  }

  private record Row(long seq, String topic, String key, String envelope) {}
}
