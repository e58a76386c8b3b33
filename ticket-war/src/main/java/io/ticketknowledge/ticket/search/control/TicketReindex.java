package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.reindex.Checkpoint;
import io.ticketknowledge.platform.search.reindex.CheckpointStore;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import io.ticketknowledge.platform.search.reindex.ReindexProgress;
import io.ticketknowledge.ticket.search.entity.ReindexState;
import io.ticketknowledge.ticket.search.entity.ReindexStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the tickets index from the tickets table on the container's managed executor, one run at
 * a time across every server on the database: a run first claims the checkpoint row (a lease of
 * {@code tk.search.reindex.lease-seconds}, renewed at every batch), so a second POST on any server
 * is a 409 while it lives, and a run whose server died can be resumed once the lease expired. The
 * platform's {@link ReindexJob} fills a new generation, swaps the alias, catches up with the
 * tickets changed since the first run began ({@link TicketRows#changedSince}) and only then drops
 * the old generation and the checkpoint; a crash at any step resumes there.
 */
@ApplicationScoped
public class TicketReindex {

  static final String CHECKPOINT_TABLE = "ticket.search_reindex_checkpoint";

  private static final Logger LOG = Logger.getLogger(TicketReindex.class.getName());
  private static final String INDEX = TicketIndex.DEFINITION.name();

  @Inject SearchEngine engine;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "tk.search.tickets.catch-up-margin-seconds")
  long catchUpMarginSeconds;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  Clock clock = Clock.systemUTC();

  private final AtomicReference<Run> current = new AtomicReference<>();

  /**
   * Starts a reindex (resuming from a checkpoint if one is left).
   *
   * @throws ApiException CONFLICT when a reindex is running on this or another server
   */
  public ReindexStatus start() {
    Run run = new Run(clock.instant(), owner());
    if (!checkpoints().claim(INDEX, run.owner, run.startedAt, lease())) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.search.reindex-running");
    }
    run.resumed = checkpoints().load(INDEX).isPresent();
    current.set(run);
    try {
      executor.execute(() -> execute(run));
    } catch (RuntimeException e) {
      checkpoints().release(INDEX, run.owner);
      run.failed(e);
      throw e;
    }
    return run.status();
  }

  /**
   * Starts a reindex when one was requested outside the API (a database restore) and none runs.
   *
   * @return whether a run was started here
   */
  public boolean startIfRequested() {
    if (new ReindexRequests(dataSource).oldest().isEmpty()) {
      return false;
    }
    Run run = current.get();
    if (run != null && run.state == ReindexState.RUNNING) {
      return false;
    }
    try {
      start();
      LOG.info("reindex of the tickets index started: it was requested (database restored)");
      return true;
    } catch (ApiException running) {
      return false; // another server runs it
    }
  }

  public ReindexStatus status() {
    Run run = current.get();
    if (run != null && run.state == ReindexState.RUNNING) {
      return run.status();
    }
    Optional<Checkpoint> left = checkpoints().load(INDEX);
    if (checkpoints().claimant(INDEX, clock.instant()).isPresent()) {
      return ReindexStatus.runningElsewhere(INDEX, left);
    }
    if (run != null) {
      return run.status();
    }
    return left.map(ReindexStatus::interrupted).orElseGet(() -> ReindexStatus.idle(INDEX));
  }

  private void execute(Run run) {
    try {
      TicketRows rows = new TicketRows(dataSource, Duration.ofSeconds(catchUpMarginSeconds));
      new ReindexJob(engine, checkpoints(), batchSize, run::progress, run.owner, lease(), clock)
          .run(TicketIndex.DEFINITION, rows);
      // the requests made before this run (plus the clock margin) are answered by it
      new ReindexRequests(dataSource)
          .answeredBy(run.startedAt.plusSeconds(Math.min(catchUpMarginSeconds, 5)));
      run.completed(clock.instant());
      LOG.info(() -> "reindex of the tickets index done: " + run.progress);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reindex of the tickets index failed; a new POST resumes it", e);
      run.failed(e);
    }
  }

  private Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  CheckpointStore checkpoints() {
    return new JdbcCheckpointStore(dataSource, CHECKPOINT_TABLE);
  }

  /** Who holds a run's claim: this server and the run, for the logs of whoever meets it. */
  private static String owner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + "/" + UUID.randomUUID();
  }

  /** One run; written by the executor's thread, read by status requests. */
  private static final class Run {
    final Instant startedAt;
    final String owner;
    volatile ReindexState state = ReindexState.RUNNING;
    volatile ReindexProgress progress;
    volatile boolean resumed;
    volatile Instant finishedAt;
    volatile String error;

    Run(Instant startedAt, String owner) {
      this.startedAt = startedAt;
      this.owner = owner;
    }

    void progress(ReindexProgress latest) {
      progress = latest;
    }

    void completed(Instant at) {
      finishedAt = at;
      state = ReindexState.COMPLETED;
    }

    void failed(RuntimeException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      finishedAt = Instant.now();
      state = ReindexState.FAILED;
    }

    ReindexStatus status() {
      return ReindexStatus.of(state, INDEX, progress, resumed, startedAt, finishedAt, error);
    }
  }
}
