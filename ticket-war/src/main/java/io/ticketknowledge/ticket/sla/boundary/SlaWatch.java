package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.control.SlaNotices;
import io.ticketknowledge.ticket.sla.control.SlaPolicies;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduled job that notices SLA warnings and breaches of tickets nobody touches, every {@code
 * tk.sla.watch.interval-seconds} (0 turns it off). Every replica runs it; {@link SlaNotices} makes
 * each warning and breach count once.
 */
@ApplicationScoped
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject SlaNotices notices;
  @Inject SlaPolicies policies;

  @Inject
  @ConfigProperty(name = "tk.sla.watch.interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private ScheduledFuture<?> schedule;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 750)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (intervalSeconds > 0) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::runQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  /**
   * Looks at every ticket whose clocks may run; returns how many warnings and breaches it noticed.
   */
  public int run() {
    SlaPolicies.Resolver resolver = policies.resolver();
    if (resolver.policies().isEmpty()) {
      return 0;
    }
    int noticed = 0;
    long after = 0;
    for (List<SlaNotices.Candidate> batch = notices.candidates(after, BATCH, resolver);
        !batch.isEmpty();
        batch = notices.candidates(after, BATCH, resolver)) {
      for (SlaNotices.Candidate ticket : batch) {
        if (!ticket.measured()) {
          continue;
        }
        try {
          noticed += notices.notice(ticket.id(), resolver);
        } catch (RuntimeException raced) {
          // locked or changed by a request or the other replica: the next run looks again
          LOG.log(Level.FINE, "SLA watch skipped ticket " + ticket.id(), raced);
        }
      }
      after = batch.get(batch.size() - 1).id();
    }
    if (noticed > 0) {
      LOG.info("SLA watch: " + noticed + " warning(s) or breach(es) noticed");
    }
    return noticed;
  }

  private void runQuietly() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SLA watch run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
