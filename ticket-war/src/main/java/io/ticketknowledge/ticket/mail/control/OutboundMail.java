package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.QueuedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the outbound side: queue the mails of new ticket events, then send what is due. A
 * server that cannot be reached (or answers 4xx) is retried without limit, each pause doubling from
 * {@code tk.mail.outbound.backoff-seconds} up to {@code .max-backoff-seconds}, so an outage only
 * delays mail; only an address the server refuses ({@link SendFailedException}) counts towards
 * {@code .max-attempts}, after which the row is FAILED (kept, listed for admins).
 */
@ApplicationScoped
public class OutboundMail {

  private static final Logger LOG = Logger.getLogger(OutboundMail.class.getName());

  @Inject MailSettings settings;
  @Inject NotificationQueue queue;
  @Inject QueuedMails mails;
  @Inject SmtpMailer smtp;

  public record Run(int queued, int sent, int failed) {}

  public Run run() {
    int queued = 0;
    for (int batch = queue.planNext(500); batch > 0; batch = queue.planNext(500)) {
      queued += batch;
    }
    int sent = 0;
    int failed = 0;
    List<QueuedMail> due = mails.claimDue(settings.outboundBatchSize());
    for (int i = 0; i < due.size(); i++) {
      QueuedMail mail = due.get(i);
      try {
        smtp.send(mail);
        mails.sent(mail.id());
        sent++;
      } catch (MessagingException e) {
        failed++;
        boolean permanent = e instanceof SendFailedException;
        int attempt = mail.attempts() + 1;
        boolean giveUp = permanent && attempt >= settings.maxAttempts();
        mails.failed(mail.id(), describe(e), Instant.now().plus(backoff(attempt)), giveUp);
        LOG.log(
            giveUp ? Level.WARNING : Level.INFO,
            "mail " + mail.messageId() + " not sent (attempt " + attempt + "): " + describe(e));
        if (!permanent) {
          // the server is away: the rest of the batch would only fail the same way
          due.subList(i + 1, due.size()).forEach(rest -> mails.release(rest.id()));
          break;
        }
      }
    }
    return new Run(queued, sent, failed);
  }

  /** The pause after the {@code attempt}-th failure: doubling, capped. */
  Duration backoff(int attempt) {
    long base = Math.max(1, settings.backoffSeconds());
    long pause = base << Math.min(20, Math.max(0, attempt - 1));
    return Duration.ofSeconds(Math.min(pause, Math.max(base, settings.maxBackoffSeconds())));
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getMessage() + (root != e ? " (" + root + ")" : "");
    return text.replaceAll("[\\r\\n]+", " ");
  }
}
