package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.reindex.Checkpoint;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import io.ticketknowledge.platform.search.reindex.ReindexProgress;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.search.entity.ReindexStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the tickets index from the tickets table, one run at a time per process, on the
 * container's managed executor. The platform's {@link ReindexJob} fills a new generation with
 * checkpoints and swaps the alias; since events consumed meanwhile went to the old generation only,
 * a catch-up pass then re-indexes the tickets changed since the run (or the run it resumed)
 * started, never replacing a newer indexed version.
 */
@ApplicationScoped
public class TicketReindex {

  static final String CHECKPOINT_TABLE = "ticket.search_reindex_checkpoint";

  private static final Logger LOG = Logger.getLogger(TicketReindex.class.getName());

  @Inject SearchEngine engine;

  @Inject TicketIndexer indexer;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "tk.search.tickets.catch-up-margin-seconds")
  long catchUpMarginSeconds;

  private final AtomicReference<Run> current = new AtomicReference<>();

  /**
   * Starts a reindex (resuming from a checkpoint if one is left).
   *
   * @throws ApiException CONFLICT when a reindex is running in this process
   */
  public ReindexStatus start() {
    Run run = new Run(Instant.now());
    Run before = current.get();
    if ((before != null && before.running()) || !current.compareAndSet(before, run)) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.search.reindex-running");
    }
    try {
      executor.execute(() -> execute(run));
    } catch (RuntimeException e) {
      run.failed(e);
      throw e;
    }
    return run.status();
  }

  public ReindexStatus status() {
    Run run = current.get();
    if (run != null) {
      return run.status();
    }
    Optional<Checkpoint> left = checkpoints().load(TicketIndex.DEFINITION.name());
    return left.map(
            c ->
                new ReindexStatus(
                    "INTERRUPTED",
                    c.indexName(),
                    c.targetGeneration(),
                    c.done(),
                    0,
                    0,
                    null,
                    false,
                    0,
                    null,
                    null,
                    null))
        .orElseGet(
            () ->
                new ReindexStatus(
                    "IDLE",
                    TicketIndex.DEFINITION.name(),
                    null,
                    0,
                    0,
                    0,
                    null,
                    false,
                    0,
                    null,
                    null,
                    null));
  }

  private void execute(Run run) {
    try {
      Instant since = runStartedAt().orElse(run.startedAt).minusSeconds(catchUpMarginSeconds);
      run.resumed = checkpoints().load(TicketIndex.DEFINITION.name()).isPresent();
      TicketRows rows = new TicketRows(dataSource);
      new ReindexJob(engine, checkpoints(), batchSize, run::progress)
          .run(TicketIndex.DEFINITION, rows);
      catchUp(rows, since, run);
      run.completed();
      LOG.info(() -> "reindex of the tickets index done: " + run.progress);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reindex of the tickets index failed; a new POST resumes it", e);
      run.failed(e);
    }
  }

  private void catchUp(TicketRows rows, Instant since, Run run) {
    String lastId = null;
    while (true) {
      List<IndexedTicket> changed = rows.changedSince(since, lastId, batchSize);
      if (changed.isEmpty()) {
        return;
      }
      for (IndexedTicket ticket : changed) {
        if (indexer.indexIfNewer(ticket)) {
          run.caughtUp++;
        }
      }
      lastId = String.valueOf(changed.get(changed.size() - 1).id());
    }
  }

  /** When the run whose checkpoint is left began (V4__search_checkpoint.sql's started_at). */
  private Optional<Instant> runStartedAt() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT started_at FROM " + CHECKPOINT_TABLE + " WHERE index_name = ?")) {
      select.setString(1, TicketIndex.DEFINITION.name());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant())
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the reindex checkpoint: " + e.getMessage(), e);
    }
  }

  private JdbcCheckpointStore checkpoints() {
    return new JdbcCheckpointStore(dataSource, CHECKPOINT_TABLE);
  }

  /** One run; written by the executor's thread, read by status requests. */
  private static final class Run {
    final Instant startedAt;
    volatile String state = "RUNNING";
    volatile ReindexProgress progress;
    volatile boolean resumed;
    volatile long caughtUp;
    volatile Instant finishedAt;
    volatile String error;

    Run(Instant startedAt) {
      this.startedAt = startedAt;
    }

    boolean running() {
      return "RUNNING".equals(state);
    }

    void progress(ReindexProgress latest) {
      progress = latest;
    }

    void completed() {
      finishedAt = Instant.now();
      state = "COMPLETED";
    }

    void failed(RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      finishedAt = Instant.now();
      state = "FAILED";
    }

    ReindexStatus status() {
      ReindexProgress p = progress;
      return new ReindexStatus(
          state,
          TicketIndex.DEFINITION.name(),
          p == null ? null : p.targetGeneration(),
          p == null ? 0 : p.done(),
          p == null ? 0 : p.total(),
          p == null ? 0 : Math.round(p.docsPerSecond() * 10) / 10.0,
          p == null ? null : p.eta().map(Duration::toSeconds).orElse(null),
          resumed,
          caughtUp,
          startedAt,
          finishedAt,
          error);
    }
  }
}
