package io.ticketknowledge.platform.search.reindex;

import java.util.Optional;

/** Where a reindex keeps its checkpoint, so a restarted job resumes instead of starting over. */
public interface CheckpointStore {

  Optional<Checkpoint> load(String indexName);

  void save(Checkpoint checkpoint);

  void clear(String indexName);
}
