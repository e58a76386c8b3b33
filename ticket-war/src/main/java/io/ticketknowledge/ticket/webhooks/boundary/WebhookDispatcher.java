package io.ticketknowledge.ticket.webhooks.boundary;

import io.ticketknowledge.ticket.webhooks.control.WebhookCaller;
import io.ticketknowledge.ticket.webhooks.control.WebhookDeliveries;
import io.ticketknowledge.ticket.webhooks.control.WebhookSettings;
import io.ticketknowledge.ticket.webhooks.control.WebhookTargetRefused;
import io.ticketknowledge.ticket.webhooks.control.Webhooks;
import io.ticketknowledge.ticket.webhooks.entity.WebhookAttempt;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The job that sends due deliveries, every {@code tk.webhooks.dispatch-interval-ms} (0 turns it
 * off) on every replica. Each delivery is leased in a short transaction, sent outside any
 * transaction, and its outcome recorded in another: a server that stops mid-call leaves a lease
 * that runs out, and the delivery is sent again (receivers dedup by X-TK-Event-Id).
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject WebhookDeliveries deliveries;
  @Inject Webhooks webhooks;
  @Inject WebhookSettings settings;

  @Inject
  @ConfigProperty(name = "tk.webhooks.dispatch-interval-ms", defaultValue = "1000")
  long intervalMs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.batch-size", defaultValue = "20")
  int batchSize;

  private WebhookCaller caller;
  private ScheduledFuture<?> schedule;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 760)
          @Initialized(ApplicationScoped.class)
          Object started) {
    caller =
        new WebhookCaller(
            settings.connectTimeout(), settings.readTimeout(), settings.excerptChars());
    if (intervalMs > 0) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::runQuietly, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }
  }

  /** Sends what is due, batch after batch; returns how many attempts it made. */
  public int run() {
    int made = 0;
    for (List<WebhookDeliveries.Taken> due = deliveries.takeDue(batchSize);
        !due.isEmpty();
        due = deliveries.takeDue(batchSize)) {
      for (WebhookDeliveries.Taken delivery : due) {
        deliveries.record(delivery.id(), delivery.attempt(), attempt(delivery));
        made++;
      }
    }
    return made;
  }

  private WebhookAttempt.Outcome attempt(WebhookDeliveries.Taken delivery) {
    URI url = URI.create(delivery.url());
    try {
      // again at every attempt: the name may resolve elsewhere now (DNS rebinding)
      settings.guard().check(url);
    } catch (WebhookTargetRefused refused) {
      return new WebhookAttempt.Outcome(
          null, 0, "refused: " + refused.reason() + " " + refused.detail(), null);
    }
    byte[] secret;
    try {
      secret = webhooks.secretOf(delivery.secretCipher());
    } catch (RuntimeException unreadable) {
      // no key configured, or another key than the one that sealed it: a failed attempt, logged
      return new WebhookAttempt.Outcome(null, 0, "secret unreadable: rotate the secret", null);
    }
    return caller.post(
        new WebhookCaller.Call(
            url,
            delivery.row().eventId().toString(),
            delivery.row().eventType(),
            delivery.id(),
            secret,
            delivery.row().body().getBytes(StandardCharsets.UTF_8)),
        Instant.now());
  }

  private void runQuietly() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook dispatch failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
