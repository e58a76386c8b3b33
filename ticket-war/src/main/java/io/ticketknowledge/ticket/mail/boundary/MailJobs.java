package io.ticketknowledge.ticket.mail.boundary;

import io.ticketknowledge.ticket.mail.control.InboundMailbox;
import io.ticketknowledge.ticket.mail.control.MailSettings;
import io.ticketknowledge.ticket.mail.control.OutboundMail;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The email channel's two schedules: outbound (queue new ticket events as mails, send what is due)
 * every {@code tk.mail.outbound.interval-seconds}, inbound (poll the mailbox) every {@code
 * tk.mail.inbound.poll-interval-seconds} (0: only on an admin's request). Says at start whether
 * mail is on — off is the default, and the embedded profile's.
 */
@ApplicationScoped
public class MailJobs {

  private static final Logger LOG = Logger.getLogger(MailJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject MailSettings settings;
  @Inject OutboundMail outbound;
  @Inject InboundMailbox inbound;

  private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

  void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 800)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (settings.enabled()) {
      MailSettings.Server smtp = settings.smtp();
      LOG.info(
          "Mail: outbound ON via SMTP "
              + smtp.host()
              + ":"
              + smtp.port()
              + " (TLS "
              + smtp.tls()
              + ") from "
              + settings.from()
              + ", every "
              + settings.outboundIntervalSeconds()
              + " s");
      if (settings.outboundIntervalSeconds() > 0) {
        long every = settings.outboundIntervalSeconds();
        schedules.add(
            scheduler.scheduleWithFixedDelay(this::sendQuietly, every, every, TimeUnit.SECONDS));
      }
    } else {
      LOG.info("Mail: outbound OFF (tk.mail.enabled=false): no notification is queued or sent");
    }
    if (settings.inboundEnabled()) {
      MailSettings.Server imap = settings.imap();
      LOG.info(
          "Mail: inbound ON, IMAP "
              + imap.host()
              + ":"
              + imap.port()
              + " folder "
              + settings.imapFolder()
              + (settings.pollIntervalSeconds() > 0
                  ? ", polled every " + settings.pollIntervalSeconds() + " s"
                  : ", polled only on request"));
      if (settings.pollIntervalSeconds() > 0) {
        long every = settings.pollIntervalSeconds();
        schedules.add(
            scheduler.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.SECONDS));
      }
    } else {
      LOG.info("Mail: inbound OFF (tk.mail.inbound.enabled=false): the mailbox is not read");
    }
  }

  private void sendQuietly() {
    try {
      outbound.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail run failed; the next run tries again", e);
    }
  }

  private void pollQuietly() {
    try {
      inbound.poll();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "mailbox poll failed; the next poll tries again: " + e);
    }
  }

  @PreDestroy
  void stop() {
    schedules.forEach(schedule -> schedule.cancel(false));
  }
}
