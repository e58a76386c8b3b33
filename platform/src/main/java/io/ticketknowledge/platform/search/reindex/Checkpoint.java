package io.ticketknowledge.platform.search.reindex;

import java.time.Instant;

/**
 * How far a reindex got: the generation it fills, the id of the last document written there, and
 * whether the alias already serves it. {@code startedAt} is when the first run of this reindex
 * began (kept across resumes): changes since then may have gone to the old generation only.
 *
 * @param lastId null before the first batch
 */
public record Checkpoint(
    String indexName,
    String targetGeneration,
    String lastId,
    long done,
    Phase phase,
    Instant startedAt) {

  /** Where a reindex stands between crashes. */
  public enum Phase {
    /** Writing batches into the target generation; searches use the old one. */
    FILLING,
    /** The alias serves the target; catching up with changes since the start, then cleaning up. */
    SWAPPED
  }

  /** A reindex that just created its target generation. */
  public static Checkpoint started(String indexName, String targetGeneration, Instant startedAt) {
    return new Checkpoint(indexName, targetGeneration, null, 0, Phase.FILLING, startedAt);
  }

  public Checkpoint after(String lastWrittenId, long doneSoFar) {
    return new Checkpoint(indexName, targetGeneration, lastWrittenId, doneSoFar, phase, startedAt);
  }

  public Checkpoint swapped() {
    return new Checkpoint(indexName, targetGeneration, lastId, done, Phase.SWAPPED, startedAt);
  }
}
