package io.ticketknowledge.ticket.privacy.boundary;

import io.ticketknowledge.platform.audit.AuditAction;
import io.ticketknowledge.platform.audit.AuditActor;
import io.ticketknowledge.platform.audit.AuditEntry;
import io.ticketknowledge.platform.audit.AuditLedger;
import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditOutcome;
import io.ticketknowledge.ticket.privacy.control.RetentionSweep;
import io.ticketknowledge.ticket.privacy.entity.RetentionReport;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention job: every {@code tk.tickets.retention.interval-seconds} (0 turns it off) it acts
 * on at most {@code tk.tickets.retention.batch-size} tickets, as admins' {@code POST
 * /admin/retention-runs} does at once. One run at a time per replica; two replicas racing on one
 * ticket are harmless (each change re-checks its ticket in its own transaction).
 */
@ApplicationScoped
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RetentionSweep sweep;
  @Inject AuditLedger ledger;

  @Inject
  @ConfigProperty(name = "tk.tickets.retention.interval-seconds", defaultValue = "86400")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "tk.tickets.retention.batch-size", defaultValue = "200")
  int batchSize;

  private final AtomicBoolean running = new AtomicBoolean();
  private ScheduledFuture<?> schedule;

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 710)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (intervalSeconds > 0) {
      schedule =
          scheduler.scheduleWithFixedDelay(
              this::runQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  public int batchSize() {
    return Math.max(1, batchSize);
  }

  /** One run (or dry run); empty when another run of this replica is under way. */
  public java.util.Optional<RetentionReport> run(boolean dryRun, int batch, String actorId) {
    if (!running.compareAndSet(false, true)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(sweep.run(dryRun, batch, Instant.now(), actorId));
    } finally {
      running.set(false);
    }
  }

  private void runQuietly() {
    try {
      run(false, batchSize(), "system")
          .filter(
              report ->
                  !report.anonymizedTicketIds().isEmpty()
                      || !report.attachmentTicketIds().isEmpty())
          .ifPresent(
              report -> {
                LOG.info(
                    "retention: anonymized "
                        + report.anonymizedTicketIds().size()
                        + " ticket(s), deleted "
                        + report.attachmentsDeleted()
                        + " file(s)"
                        + (report.more() ? "; more next run" : ""));
                ledger.append(
                    "ticket",
                    new AuditEntry(
                        Instant.now(),
                        AuditActor.SYSTEM,
                        AuditAction.RETENTION_RUN,
                        AuditObject.of("retention-run", "scheduled"),
                        List.of(),
                        AuditOutcome.SUCCESS,
                        summary(report)));
              });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "retention run failed; the next run tries again", e);
    }
  }

  static String summary(RetentionReport report) {
    return (report.dryRun() ? "dry run: " : "")
        + "anonymized "
        + report.anonymizedTicketIds()
        + ", files of "
        + report.attachmentTicketIds()
        + " ("
        + report.attachmentsDeleted()
        + "), held "
        + report.heldTicketIds().size();
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
