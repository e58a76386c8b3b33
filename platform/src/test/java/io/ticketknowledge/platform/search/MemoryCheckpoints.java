package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.reindex.Checkpoint;
import io.ticketknowledge.platform.search.reindex.CheckpointStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Checkpoints and claims in memory: one process, for tests and the benchmark. */
final class MemoryCheckpoints implements CheckpointStore {

  final Map<String, Checkpoint> saved = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, Instant> leases = new HashMap<>();

  @Override
  public synchronized Optional<Checkpoint> load(String indexName) {
    return Optional.ofNullable(saved.get(indexName));
  }

  @Override
  public synchronized void save(Checkpoint checkpoint) {
    saved.put(checkpoint.indexName(), checkpoint);
  }

  @Override
  public synchronized void clear(String indexName) {
    saved.remove(indexName);
    owners.remove(indexName);
    leases.remove(indexName);
  }

  @Override
  public synchronized boolean claim(String indexName, String owner, Instant now, Duration lease) {
    if (claimant(indexName, now).filter(o -> !o.equals(owner)).isPresent()) {
      return false;
    }
    owners.put(indexName, owner);
    leases.put(indexName, now.plus(lease));
    return true;
  }

  @Override
  public synchronized void release(String indexName, String owner) {
    if (owner.equals(owners.get(indexName))) {
      owners.remove(indexName);
      leases.remove(indexName);
    }
  }

  @Override
  public synchronized Optional<String> claimant(String indexName, Instant now) {
    Instant until = leases.get(indexName);
    return until == null || until.isBefore(now)
        ? Optional.empty()
        : Optional.ofNullable(owners.get(indexName));
  }
}
