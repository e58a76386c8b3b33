package io.ticketknowledge.platform.search.reindex;

import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchEngine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link ReindexJob}s of one index in the background, one at a time across every server on the
 * checkpoint store: a run first claims the checkpoint row (a lease, renewed at every batch), so a
 * second start on any server is refused while it lives, and a run whose server died is resumed once
 * the lease expired. A module keeps one runner per index (application scoped) and exposes {@link
 * #start} and {@link #status} to admins.
 */
public final class ReindexRunner {

  private static final Logger LOG = Logger.getLogger(ReindexRunner.class.getName());

  private final IndexDefinition definition;
  private final AtomicReference<Run> current = new AtomicReference<>();

  /** What a run needs; read at each start (configuration, data source). */
  public record Settings(
      SearchEngine engine,
      CheckpointStore checkpoints,
      Executor executor,
      int batchSize,
      Duration lease,
      Clock clock) {}

  public ReindexRunner(IndexDefinition definition) {
    this.definition = definition;
  }

  /**
   * Starts a reindex (resuming from a checkpoint if one is left) from {@code source}.
   *
   * @throws ReindexClaimedException when a reindex of the index runs on this or another server
   */
  public ReindexStatus start(Settings settings, Supplier<DocumentSource> source) {
    String index = definition.name();
    Run run = new Run(index, settings.clock().instant(), owner());
    if (!settings.checkpoints().claim(index, run.owner, run.startedAt, settings.lease())) {
      throw new ReindexClaimedException(index);
    }
    run.resumed = settings.checkpoints().load(index).isPresent();
    current.set(run);
    try {
      settings.executor().execute(() -> execute(settings, run, source));
    } catch (RuntimeException e) {
      settings.checkpoints().release(index, run.owner);
      run.failed(e);
      throw e;
    }
    return run.status();
  }

  public ReindexStatus status(Settings settings) {
    String index = definition.name();
    Run run = current.get();
    if (run != null && run.state == ReindexState.RUNNING) {
      return run.status();
    }
    Optional<Checkpoint> left = settings.checkpoints().load(index);
    if (settings.checkpoints().claimant(index, settings.clock().instant()).isPresent()) {
      return ReindexStatus.runningElsewhere(index, left);
    }
    if (run != null) {
      return run.status();
    }
    return left.map(ReindexStatus::interrupted).orElseGet(() -> ReindexStatus.idle(index));
  }

  private void execute(Settings settings, Run run, Supplier<DocumentSource> source) {
    try {
      new ReindexJob(
              settings.engine(),
              settings.checkpoints(),
              settings.batchSize(),
              run::progress,
              run.owner,
              settings.lease(),
              settings.clock())
          .run(definition, source.get());
      run.completed(settings.clock().instant());
      LOG.info(() -> "reindex of " + definition + " done: " + run.progress);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reindex of " + definition + " failed; a new start resumes it", e);
      run.failed(e);
    }
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
    final String index;
    final Instant startedAt;
    final String owner;
    volatile ReindexState state = ReindexState.RUNNING;
    volatile ReindexProgress progress;
    volatile boolean resumed;
    volatile Instant finishedAt;
    volatile String error;

    Run(String index, Instant startedAt, String owner) {
      this.index = index;
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
      return ReindexStatus.of(state, index, progress, resumed, startedAt, finishedAt, error);
    }
  }
}
