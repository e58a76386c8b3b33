package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Writes tickets into the index, never letting an older state replace a newer one: events of one
 * ticket arrive in order, but a redelivery, a replayed dead letter or the reindex catch-up may
 * bring an old state late.
 */
@ApplicationScoped
public class TicketIndexer {

  private static final Logger LOG = Logger.getLogger(TicketIndexer.class.getName());

  /** Read-compare-write of one ticket is serialized in this JVM; stripes keep the locks few. */
  private final ReentrantLock[] stripes = new ReentrantLock[64];

  @Inject SearchEngine engine;

  public TicketIndexer() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Creates the index when missing; says so when it serves an older definition. */
  public IndexStatus ensureIndex() {
    IndexStatus status = engine.ensureIndex(TicketIndex.DEFINITION);
    if (status == IndexStatus.OUTDATED) {
      LOG.warning(
          "the tickets index serves an older definition than "
              + TicketIndex.DEFINITION
              + ": run POST /api/ticket/search/reindex");
    } else if (status == IndexStatus.CREATED) {
      LOG.info(
          "created the tickets index; tickets opened before it are found after a reindex"
              + " (POST /api/ticket/search/reindex)");
    }
    return status;
  }

  /**
   * Indexes the ticket unless the index already holds it at this or a later version.
   *
   * @return true when the document was written
   */
  public boolean indexIfNewer(IndexedTicket ticket) {
    return indexAllIfNewer(List.of(ticket)) == 1;
  }

  /**
   * Indexes each ticket unless the index (or a later state in the same list) holds it at this or a
   * later version: one read of the indexed versions and one bulk write (one refresh) for the list.
   *
   * @return how many documents were written
   */
  public int indexAllIfNewer(List<IndexedTicket> tickets) {
    Map<String, IndexedTicket> newest = new LinkedHashMap<>();
    for (IndexedTicket ticket : tickets) {
      newest.merge(
          String.valueOf(ticket.id()),
          ticket,
          (kept, next) -> IndexOrder.replaces(next.version(), kept.version()) ? next : kept);
    }
    if (newest.isEmpty()) {
      return 0;
    }
    List<ReentrantLock> held = lock(newest.keySet());
    try {
      Map<String, SearchDocument> indexed = engine.getAll(TicketIndex.DEFINITION, newest.keySet());
      List<SearchDocument> writes = new ArrayList<>(newest.size());
      newest.forEach(
          (id, ticket) -> {
            long version =
                Optional.ofNullable(indexed.get(id))
                    .flatMap(TicketIndex::versionOf)
                    .orElse(Long.MIN_VALUE);
            if (IndexOrder.replaces(ticket.version(), version)) {
              writes.add(TicketIndex.document(ticket));
            }
          });
      if (writes.size() == 1) {
        engine.index(TicketIndex.DEFINITION, writes.get(0));
      } else if (!writes.isEmpty()) {
        engine.bulk(TicketIndex.DEFINITION, writes);
      }
      return writes.size();
    } finally {
      held.forEach(ReentrantLock::unlock);
    }
  }

  /** The stripes of the ids, taken in stripe order so that two batches never deadlock. */
  private List<ReentrantLock> lock(Collection<String> ids) {
    TreeSet<Integer> indexes = new TreeSet<>();
    ids.forEach(id -> indexes.add(Math.floorMod(id.hashCode(), stripes.length)));
    List<ReentrantLock> held = new ArrayList<>(indexes.size());
    for (int index : indexes) {
      stripes[index].lock();
      held.add(stripes[index]);
    }
    return held;
  }
}
