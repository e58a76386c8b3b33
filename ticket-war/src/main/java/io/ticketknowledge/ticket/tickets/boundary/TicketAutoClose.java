package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.ticket.tickets.control.ResolvedTicketCloser;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduled job that closes tickets resolved more than {@code tk.tickets.auto-close.after-days}
 * days ago (0 turns it off), every {@code tk.tickets.auto-close.interval-seconds}.
 */
@ApplicationScoped
public class TicketAutoClose {

  private static final Logger LOG = Logger.getLogger(TicketAutoClose.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject ResolvedTicketCloser closer;

  @Inject
  @ConfigProperty(name = "tk.tickets.auto-close.after-days", defaultValue = "7")
  int afterDays;

  @Inject
  @ConfigProperty(name = "tk.tickets.auto-close.interval-seconds", defaultValue = "3600")
  long intervalSeconds;

  private ScheduledFuture<?> schedule;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 700)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (afterDays > 0) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::runQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  /** Closes what is due now; returns how many tickets it closed. */
  public int run() {
    if (afterDays <= 0) {
      return 0;
    }
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusDays(afterDays);
    int closed = 0;
    for (Long id : closer.due(cutoff, BATCH)) {
      try {
        if (closer.closeIfStillDue(id, cutoff)) {
          closed++;
        }
      } catch (RuntimeException raced) {
        // changed by someone at the same moment: the next run looks again
        LOG.log(Level.FINE, "auto-close of ticket " + id + " skipped", raced);
      }
    }
    if (closed > 0) {
      LOG.info("auto-close: closed " + closed + " ticket(s) resolved before " + cutoff);
    }
    return closed;
  }

  private void runQuietly() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "auto-close run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
