package io.ticketknowledge.platform.search.reindex;

import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rebuilds an index from its source of truth: fills a fresh generation batch by batch, saving a
 * checkpoint after each, then swaps the alias to it. Searches keep using the old generation until
 * the swap. After a crash or restart, {@link #run} resumes from the checkpoint if its generation
 * still exists, otherwise it starts over in a new one.
 *
 * <p>Writes that reach the alias while a reindex runs land in the old generation only: run the
 * reindex from the event consumer's thread, or replay the events since the start after the swap
 * (consumers are idempotent).
 */
public final class ReindexJob {

  private final SearchEngine engine;
  private final CheckpointStore checkpoints;
  private final int batchSize;
  private final Consumer<ReindexProgress> listener;
  private volatile ReindexProgress progress;

  public ReindexJob(
      SearchEngine engine,
      CheckpointStore checkpoints,
      int batchSize,
      Consumer<ReindexProgress> listener) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
    this.engine = engine;
    this.checkpoints = checkpoints;
    this.batchSize = batchSize;
    this.listener = listener == null ? p -> {} : listener;
  }

  /** The latest progress of this job, for a status endpoint; empty before it ran. */
  public Optional<ReindexProgress> progress() {
    return Optional.ofNullable(progress);
  }

  /** Runs the reindex to the end and returns the generation the alias now serves. */
  public String run(IndexDefinition definition, DocumentSource source) {
    Checkpoint checkpoint =
        checkpoints
            .load(definition.name())
            .filter(c -> engine.generationExists(definition, c.targetGeneration()))
            .orElseGet(
                () -> {
                  Checkpoint fresh =
                      new Checkpoint(
                          definition.name(), engine.createGeneration(definition), null, 0);
                  checkpoints.save(fresh);
                  return fresh;
                });
    String target = checkpoint.targetGeneration();
    long total = source.count();
    long done = checkpoint.done();
    String lastId = checkpoint.lastId();
    long started = System.nanoTime();
    long writtenNow = 0;
    report(definition, target, done, total, 0, started, false);
    while (true) {
      List<SearchDocument> batch = source.readAfter(lastId, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      engine.bulkInto(definition, target, batch);
      lastId = batch.get(batch.size() - 1).id();
      done += batch.size();
      writtenNow += batch.size();
      checkpoints.save(new Checkpoint(definition.name(), target, lastId, done));
      report(definition, target, done, Math.max(total, done), writtenNow, started, false);
    }
    engine.activate(definition, target);
    checkpoints.clear(definition.name());
    report(definition, target, done, Math.max(total, done), writtenNow, started, true);
    return target;
  }

  private void report(
      IndexDefinition definition,
      String target,
      long done,
      long total,
      long writtenNow,
      long started,
      boolean finished) {
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = seconds > 0 ? writtenNow / seconds : 0;
    Optional<Duration> eta =
        rate > 0
            ? Optional.of(Duration.ofMillis((long) (Math.max(0, total - done) / rate * 1000)))
            : Optional.empty();
    progress = new ReindexProgress(definition.name(), target, done, total, rate, eta, finished);
    listener.accept(progress);
  }
}
