package io.ticketknowledge.ticket.reports.boundary;

import io.ticketknowledge.ticket.reports.control.TicketOutcomeRollup;
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
 * Runs the outcome rollup every {@code tk.reports.rollup.interval-seconds} (0 turns it off): the
 * response-time, SLA-compliance and workload reports lag the tickets by at most that much.
 */
@ApplicationScoped
public class ReportRollupJob {

  private static final Logger LOG = Logger.getLogger(ReportRollupJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TicketOutcomeRollup rollup;

  @Inject
  @ConfigProperty(name = "tk.reports.rollup.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> schedule;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 760)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (intervalSeconds > 0) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::runQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  private void runQuietly() {
    try {
      int changed = rollup.run();
      if (changed > 0) {
        LOG.fine(() -> "report rollup: " + changed + " outcome row(s) written or removed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "report rollup failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
