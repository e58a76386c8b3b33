package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.control.ViewCounter;
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
 * Moves counted article views into the database every {@code
 * knowledge.views.flush-interval-seconds}.
 */
@ApplicationScoped
public class ViewFlush {

  private static final Logger LOG = Logger.getLogger(ViewFlush.class.getName());

  @Inject ViewCounter counter;

  @Inject
  @ConfigProperty(name = "knowledge.views.flush-interval-seconds", defaultValue = "30")
  long intervalSeconds;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 700)
          @Initialized(ApplicationScoped.class)
          Object started) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::flush, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  private void flush() {
    try {
      counter.flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "article views not flushed, next try in " + intervalSeconds + " s", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    flush();
  }
}
