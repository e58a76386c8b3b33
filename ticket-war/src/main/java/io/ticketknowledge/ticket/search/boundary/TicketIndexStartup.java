package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.ticket.search.control.TicketIndexer;
import io.ticketknowledge.ticket.search.control.TicketReindex;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the tickets index exists when the module starts, and rebuilds it from the database
 * when it serves an older definition (a new version of the module added fields), unless {@code
 * tk.search.tickets.reindex-when-outdated} is false.
 */
@ApplicationScoped
public class TicketIndexStartup {

  private static final Logger LOG = Logger.getLogger(TicketIndexStartup.class.getName());

  @Inject TicketIndexer indexer;

  @Inject TicketReindex reindex;

  @Inject
  @ConfigProperty(name = "tk.search.tickets.reindex-when-outdated", defaultValue = "true")
  boolean reindexWhenOutdated;

  /**
   * After the schema migration (default priority). A search engine that is down does not stop the
   * module: readiness reports it, and every index call ensures the index again.
   */
  void ensure(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    try {
      if (indexer.ensureIndex() == IndexStatus.OUTDATED && reindexWhenOutdated) {
        LOG.info("rebuilding the outdated tickets index from the database");
        reindex.start();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the tickets index could not be checked at startup", e);
    }
  }
}
