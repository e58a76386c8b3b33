package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.QueuedMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Sends one queued mail through SMTP (Jakarta Mail, Liberty's mail feature). The message keeps the
 * Message-ID stored with its row and names the ticket's thread root in In-Reply-To and References;
 * {@code Auto-Submitted: auto-generated} (RFC 3834) tells well-behaved responders not to answer it.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject MailSettings settings;

  public void send(QueuedMail mail) throws MessagingException {
    MailSettings.Server smtp = settings.smtp();
    Session session = MailSessions.smtp(smtp, settings.timeoutMs());
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    try {
      message.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), "UTF-8");
    message.setText(mail.body(), "UTF-8", "plain");
    message.setSentDate(new Date());
    String root = new MessageIds(settings.messageIdDomain()).threadRoot(mail.ticketId());
    message.setHeader("In-Reply-To", root);
    message.setHeader("References", root);
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("X-Auto-Response-Suppress", "All");
    message.setHeader("Content-Language", mail.language().tag());
    message.setHeader("X-TK-Ticket", mail.ticketNumber());
    message.saveChanges();
    if (smtp.user().isPresent()) {
      Transport.send(message, smtp.user().get(), smtp.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /** Keeps the Message-ID we stored (Jakarta Mail would make a new one on every save). */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
