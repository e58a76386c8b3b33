package io.ticketknowledge.platform.search.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a reindex keeps its checkpoint, so a restarted job resumes instead of starting over, and
 * its claim: a lease that makes one run per index at a time across every server sharing the store.
 */
public interface CheckpointStore {

  Optional<Checkpoint> load(String indexName);

  void save(Checkpoint checkpoint);

  /** Removes the checkpoint and the claim: the reindex is over. */
  void clear(String indexName);

  /**
   * Claims (or renews the claim of) the reindex of {@code indexName} for {@code owner} until {@code
   * now + lease}.
   *
   * @return false when another owner holds an unexpired claim
   */
  boolean claim(String indexName, String owner, Instant now, Duration lease);

  /** Gives up {@code owner}'s claim (a failed run); the checkpoint stays for a resume. */
  void release(String indexName, String owner);

  /** The owner of an unexpired claim, if any (a run on this or another server). */
  Optional<String> claimant(String indexName, Instant now);
}
