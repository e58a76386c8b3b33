package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.ticket.tickets.control.RequestKeyRetention;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hourly, removes idempotency keys older than {@code tk.api.idempotency.retention-hours}; a retry
 * after that opens a new ticket. Every replica runs it; the deletes do not conflict.
 */
@ApplicationScoped
public class RequestKeyCleanup {

  private static final Logger LOG = Logger.getLogger(RequestKeyCleanup.class.getName());

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "tk.api.idempotency.retention-hours", defaultValue = "24")
  long retentionHours;

  private ScheduledFuture<?> task;

  /** After the schema migration (which observes the same event at the default priority). */
  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    task = scheduler.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.MINUTES);
  }

  void run() {
    try {
      long removed =
          new RequestKeyRetention(dataSource)
              .removeCreatedBefore(Instant.now().minus(Duration.ofHours(retentionHours)));
      if (removed > 0) {
        LOG.fine(() -> removed + " idempotency keys past their retention removed");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warning("idempotency key cleanup failed, tried again in an hour: " + e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
