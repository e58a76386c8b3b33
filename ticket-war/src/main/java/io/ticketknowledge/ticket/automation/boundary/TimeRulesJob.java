package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.ticket.automation.control.TimeRules;
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
 * Runs the time rules every {@code tk.automation.time-rules.interval-seconds} (0 turns it off), on
 * every replica: the once-per-cause claim makes each rule act once.
 */
@ApplicationScoped
public class TimeRulesJob {

  private static final Logger LOG = Logger.getLogger(TimeRulesJob.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject TimeRules rules;

  @Inject
  @ConfigProperty(name = "tk.automation.time-rules.interval-seconds", defaultValue = "300")
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
      int ran = rules.run();
      if (ran > 0) {
        LOG.info("time rules: " + ran + " run(s) acted");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "time rules run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
