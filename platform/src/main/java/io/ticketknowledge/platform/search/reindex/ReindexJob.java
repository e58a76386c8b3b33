package io.ticketknowledge.platform.search.reindex;

import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rebuilds an index from its source of truth, crash-safe at every step, one run per index across
 * the servers that share the {@link CheckpointStore}:
 *
 * <ol>
 *   <li>fills a fresh generation batch by batch, saving a checkpoint after each (phase FILLING);
 *       searches and event writes keep using the old generation;
 *   <li>points the alias at the new generation, keeping the old one, and records phase SWAPPED;
 *   <li>catches up: writes through the alias what the source changed since the first run began
 *       ({@link DocumentSource#changedSince}), since those changes may have reached only the old
 *       generation; with a {@linkplain IndexDefinition#versionedBy versioned} definition an older
 *       state never replaces a newer one;
 *   <li>deletes the other generations, then the checkpoint.
 * </ol>
 *
 * A crash anywhere leaves a checkpoint from which the next run resumes at its step: nothing is
 * deleted before the catch-up is done, and the start time survives in the checkpoint. The caller
 * claims the run first ({@link CheckpointStore#claim}); the job renews that claim at every
 * checkpoint and stops when another owner took it over.
 */
public final class ReindexJob {

  private final SearchEngine engine;
  private final CheckpointStore checkpoints;
  private final int batchSize;
  private final Consumer<ReindexProgress> listener;
  private final String owner;
  private final Duration lease;
  private final Clock clock;
  private volatile ReindexProgress progress;

  /** A job that claims the run for itself with a long lease (tests, single-server tools). */
  public ReindexJob(
      SearchEngine engine,
      CheckpointStore checkpoints,
      int batchSize,
      Consumer<ReindexProgress> listener) {
    this(
        engine,
        checkpoints,
        batchSize,
        listener,
        "job-" + java.util.UUID.randomUUID(),
        Duration.ofHours(1),
        Clock.systemUTC());
  }

  /**
   * @param owner the claim this run holds (see {@link CheckpointStore#claim})
   * @param lease how long the claim lasts without renewal: longer than one batch takes
   */
  public ReindexJob(
      SearchEngine engine,
      CheckpointStore checkpoints,
      int batchSize,
      Consumer<ReindexProgress> listener,
      String owner,
      Duration lease,
      Clock clock) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.engine = engine;
    this.checkpoints = checkpoints;
    this.batchSize = batchSize;
    this.listener = listener == null ? p -> {} : listener;
    this.owner = owner;
    this.lease = lease;
    this.clock = clock;
  }

  /** The latest progress of this job, for a status endpoint; empty before it ran. */
  public Optional<ReindexProgress> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Runs the reindex to the end and returns the generation the alias now serves.
   *
   * @throws ReindexClaimedException when another owner holds the claim
   */
  public String run(IndexDefinition definition, DocumentSource source) {
    renewClaim(definition);
    try {
      return runClaimed(definition, source);
    } catch (ReindexClaimedException e) {
      throw e;
    } catch (RuntimeException e) {
      // a failure, not a death: the next run may start at once (a dead process's lease expires)
      checkpoints.release(definition.name(), owner);
      throw e;
    }
  }

  private String runClaimed(IndexDefinition definition, DocumentSource source) {
    Checkpoint checkpoint =
        checkpoints
            .load(definition.name())
            .filter(c -> engine.generationExists(definition, c.targetGeneration()))
            .orElseGet(
                () -> {
                  Checkpoint fresh =
                      Checkpoint.started(
                          definition.name(), engine.createGeneration(definition), clock.instant());
                  checkpoints.save(fresh);
                  return fresh;
                });
    String target = checkpoint.targetGeneration();
    long total = source.count();
    long started = System.nanoTime();
    Counts counts = new Counts(checkpoint.done());
    report(definition, target, counts, total, started, false);
    if (checkpoint.phase() == Checkpoint.Phase.FILLING) {
      checkpoint = fill(definition, source, checkpoint, counts, total, started);
      engine.switchTo(definition, target);
      checkpoint = checkpoint.swapped();
      saveClaimed(definition, checkpoint);
    }
    catchUp(definition, source, checkpoint, counts, total, started);
    engine.dropOthers(definition, target);
    checkpoints.clear(definition.name());
    report(definition, target, counts, total, started, true);
    return target;
  }

  private Checkpoint fill(
      IndexDefinition definition,
      DocumentSource source,
      Checkpoint checkpoint,
      Counts counts,
      long total,
      long started) {
    String lastId = checkpoint.lastId();
    while (true) {
      List<SearchDocument> batch = source.readAfter(lastId, batchSize);
      if (batch.isEmpty()) {
        return checkpoint;
      }
      engine.bulkInto(definition, checkpoint.targetGeneration(), batch);
      lastId = batch.get(batch.size() - 1).id();
      counts.done += batch.size();
      counts.writtenNow += batch.size();
      checkpoint = checkpoint.after(lastId, counts.done);
      saveClaimed(definition, checkpoint);
      report(definition, checkpoint.targetGeneration(), counts, total, started, false);
    }
  }

  private void catchUp(
      IndexDefinition definition,
      DocumentSource source,
      Checkpoint checkpoint,
      Counts counts,
      long total,
      long started) {
    String lastId = null;
    while (true) {
      List<SearchDocument> changed = source.changedSince(checkpoint.startedAt(), lastId, batchSize);
      if (changed.isEmpty()) {
        return;
      }
      counts.caughtUp += engine.bulk(definition, changed);
      lastId = changed.get(changed.size() - 1).id();
      renewClaim(definition);
      report(definition, checkpoint.targetGeneration(), counts, total, started, false);
    }
  }

  private void saveClaimed(IndexDefinition definition, Checkpoint checkpoint) {
    renewClaim(definition);
    checkpoints.save(checkpoint);
  }

  private void renewClaim(IndexDefinition definition) {
    if (!checkpoints.claim(definition.name(), owner, clock.instant(), lease)) {
      throw new ReindexClaimedException(definition.name());
    }
  }

  private void report(
      IndexDefinition definition,
      String target,
      Counts counts,
      long total,
      long started,
      boolean finished) {
    total = Math.max(total, counts.done); // the source grew while the job ran
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = seconds > 0 ? counts.writtenNow / seconds : 0;
    Optional<Duration> eta =
        rate > 0
            ? Optional.of(
                Duration.ofMillis((long) (Math.max(0, total - counts.done) / rate * 1000)))
            : Optional.empty();
    progress =
        new ReindexProgress(
            definition.name(), target, counts.done, total, rate, eta, counts.caughtUp, finished);
    listener.accept(progress);
  }

  /** What this run wrote so far. */
  private static final class Counts {
    long done;
    long writtenNow;
    long caughtUp;

    Counts(long done) {
      this.done = done;
    }
  }
}
