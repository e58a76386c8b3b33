package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.ticket.search.control.TicketIndexer;
import io.ticketknowledge.ticket.search.control.TicketReindex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the tickets index exists when the module starts, and rebuilds it from the database
 * when it serves an older definition (a new version of the module added fields), unless {@code
 * tk.search.tickets.reindex-when-outdated} is false; then, every {@code
 * tk.search.reindex.request-poll-seconds}, starts a reindex that was requested outside the API
 * (scripts/backup/restore-database.sh does after a restore).
 */
@ApplicationScoped
public class TicketIndexStartup {

  private static final Logger LOG = Logger.getLogger(TicketIndexStartup.class.getName());

  @Inject TicketIndexer indexer;

  @Inject TicketReindex reindex;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.request-poll-seconds", defaultValue = "10")
  long pollSeconds;

  private ScheduledFuture<?> poll;

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
    poll =
        scheduler.scheduleWithFixedDelay(
            this::startRequestedReindex, 0, pollSeconds, TimeUnit.SECONDS);
  }

  void startRequestedReindex() {
    try {
      reindex.startIfRequested();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a requested reindex could not start; tried again later", e);
    }
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.cancel(false);
    }
  }
}
