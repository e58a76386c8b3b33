package io.ticketknowledge.platform.search.reindex;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a running reindex stands.
 *
 * @param done documents in the new generation (including those of a run it resumed)
 * @param total documents the source reported at the start
 * @param docsPerSecond rate of this run so far
 * @param eta time left at that rate; empty until there is a rate
 * @param caughtUp documents the catch-up pass wrote after the swap (changed during the run)
 */
public record ReindexProgress(
    String indexName,
    String targetGeneration,
    long done,
    long total,
    double docsPerSecond,
    Optional<Duration> eta,
    long caughtUp,
    boolean finished) {

  @Override
  public String toString() {
    return String.format(
        "%s -> %s: %d/%d, %.0f docs/s, ETA %s%s",
        indexName,
        targetGeneration,
        done,
        total,
        docsPerSecond,
        eta.map(d -> d.toSeconds() + " s").orElse("?"),
        finished ? " (done)" : "");
  }
}
