package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.ticket.search.control.TicketIndexer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Makes sure the tickets index exists when the module starts. */
@ApplicationScoped
public class TicketIndexStartup {

  private static final Logger LOG = Logger.getLogger(TicketIndexStartup.class.getName());

  @Inject TicketIndexer indexer;

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
      indexer.ensureIndex();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the tickets index could not be checked at startup", e);
    }
  }
}
