package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Writes tickets into the index, never letting an older state replace a newer one: events of one
 * ticket arrive in order, but a redelivery, a replayed dead letter or the reindex catch-up may
 * bring an old state late. The index is versioned by the ticket version ({@link
 * TicketIndex#DEFINITION}), so the engine decides atomically, on every replica alike.
 */
@ApplicationScoped
public class TicketIndexer {

  private static final Logger LOG = Logger.getLogger(TicketIndexer.class.getName());

  @Inject SearchEngine engine;

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
    return engine.index(TicketIndex.DEFINITION, TicketIndex.document(ticket));
  }

  /**
   * Indexes the newest state of each ticket in the list in one bulk request (one refresh), each
   * unless the index already holds it at that or a later version.
   *
   * @return how many documents were written
   */
  public int indexAllIfNewer(List<IndexedTicket> tickets) {
    Map<Long, IndexedTicket> newest = new LinkedHashMap<>();
    for (IndexedTicket ticket : tickets) {
      newest.merge(
          ticket.id(), ticket, (kept, next) -> next.revision() > kept.revision() ? next : kept);
    }
    if (newest.isEmpty()) {
      return 0;
    }
    return engine.bulk(
        TicketIndex.DEFINITION, newest.values().stream().map(TicketIndex::document).toList());
  }
}
