package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
  private final Object[] stripes = new Object[64];

  @Inject SearchEngine engine;

  public TicketIndexer() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
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
    String id = String.valueOf(ticket.id());
    synchronized (stripes[Math.floorMod(id.hashCode(), stripes.length)]) {
      long indexed =
          engine
              .get(TicketIndex.DEFINITION, id)
              .flatMap(TicketIndex::versionOf)
              .orElse(Long.MIN_VALUE);
      if (!IndexOrder.replaces(ticket.version(), indexed)) {
        return false;
      }
      engine.index(TicketIndex.DEFINITION, TicketIndex.document(ticket));
      return true;
    }
  }
}
