package io.ticketknowledge.platform.search.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the reindex of an index stands, for an admin endpoint.
 *
 * @param done documents written to the new generation, including those of a resumed run
 * @param total documents in the database when the run started
 * @param etaSeconds null until there is a rate
 * @param resumed whether this run continued from a checkpoint
 * @param caughtUp documents changed during the run and written again after the swap
 */
public record ReindexStatus(
    ReindexState state,
    String index,
    String targetGeneration,
    long done,
    long total,
    double docsPerSecond,
    Long etaSeconds,
    boolean resumed,
    long caughtUp,
    Instant startedAt,
    Instant finishedAt,
    String error) {

  public static ReindexStatus idle(String index) {
    return new ReindexStatus(
        ReindexState.IDLE, index, null, 0, 0, 0, null, false, 0, null, null, null);
  }

  /** A checkpoint of a run that stopped is left: a POST resumes it. */
  public static ReindexStatus interrupted(Checkpoint checkpoint) {
    return fromCheckpoint(
        ReindexState.INTERRUPTED, checkpoint.indexName(), Optional.of(checkpoint));
  }

  /** Another server holds the claim; its checkpoint tells how far it got (none before a batch). */
  public static ReindexStatus runningElsewhere(String index, Optional<Checkpoint> checkpoint) {
    return fromCheckpoint(ReindexState.RUNNING, index, checkpoint);
  }

  private static ReindexStatus fromCheckpoint(
      ReindexState state, String index, Optional<Checkpoint> checkpoint) {
    return new ReindexStatus(
        state,
        index,
        checkpoint.map(Checkpoint::targetGeneration).orElse(null),
        checkpoint.map(Checkpoint::done).orElse(0L),
        0,
        0,
        null,
        false,
        0,
        checkpoint.map(Checkpoint::startedAt).orElse(null),
        null,
        null);
  }

  /** A run of this server, from its latest progress (null before the first report). */
  public static ReindexStatus of(
      ReindexState state,
      String index,
      ReindexProgress progress,
      boolean resumed,
      Instant startedAt,
      Instant finishedAt,
      String error) {
    ReindexProgress p = progress;
    return new ReindexStatus(
        state,
        index,
        p == null ? null : p.targetGeneration(),
        p == null ? 0 : p.done(),
        p == null ? 0 : p.total(),
        p == null ? 0 : Math.round(p.docsPerSecond() * 10) / 10.0,
        p == null ? null : p.eta().map(Duration::toSeconds).orElse(null),
        resumed,
        p == null ? 0 : p.caughtUp(),
        startedAt,
        finishedAt,
        error);
  }
}
