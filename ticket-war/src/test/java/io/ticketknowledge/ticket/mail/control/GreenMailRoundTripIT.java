package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import io.ticketknowledge.ticket.mail.entity.InboundOutcome;
import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import io.ticketknowledge.ticket.mail.entity.QueuedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SMTP and IMAP sides of the channel against the real GreenMail of scripts/services (no
 * Liberty, no database): a queued mail goes out with our headers and is read back as our own
 * message (a loop); a mail to the desk is read, handed to the import and moved out of the inbox.
 */
class GreenMailRoundTripIT {

  private static final int SMTP = Integer.getInteger("tk.test.mail.smtp.port", 3025);
  private static final int IMAP = Integer.getInteger("tk.test.mail.imap.port", 3143);

  private static MailSettings settings(String mailbox, int smtpPort) {
    MailSettings settings = new MailSettings();
    settings.enabled = true;
    settings.inboundEnabled = true;
    settings.from = "helpdesk@tk.test";
    settings.fromName = "服務台 Service Desk";
    settings.messageIdDomain = Optional.empty();
    settings.portalUrl = "http://localhost:9080";
    settings.smtpHost = "127.0.0.1";
    settings.smtpPort = smtpPort;
    settings.smtpUser = Optional.empty();
    settings.smtpPassword = Optional.empty();
    settings.smtpPasswordFile = Optional.empty();
    settings.smtpTls = "NONE";
    settings.timeoutMs = 3000;
    settings.imapHost = "127.0.0.1";
    settings.imapPort = IMAP;
    settings.imapUser = Optional.of(mailbox);
    settings.imapPassword = Optional.of(mailbox);
    settings.imapPasswordFile = Optional.empty();
    settings.imapTls = "NONE";
    settings.imapFolder = "INBOX";
    settings.processedFolder = "Processed";
    return settings;
  }

  /** Records what the mailbox hands over instead of writing tickets. */
  static final class Recording extends InboundImport {
    final List<InboundMessage> seen = new ArrayList<>();

    @Override
    public Result accept(InboundMessage mail) {
      seen.add(mail);
      Optional<InboundOutcome> automated =
          AutomatedMail.classify(mail::header, mail.fromAddress(), mail.subject());
      MessageIds ours = new MessageIds(settings.messageIdDomain());
      InboundOutcome outcome =
          ours.isOurs(mail.messageId())
              ? InboundOutcome.LOOP
              : automated.orElse(InboundOutcome.TICKET_CREATED);
      return new Result(outcome, null, null, false);
    }
  }

  private static InboundMailbox mailbox(MailSettings settings, Recording recording) {
    recording.settings = settings;
    InboundMailbox mailbox = new InboundMailbox();
    mailbox.settings = settings;
    mailbox.importer = recording;
    mailbox.maxAttachmentBytes = 1024 * 1024;
    return mailbox;
  }

  @Test
  void aQueuedMailGoesOutWithOurHeadersAndComesBackAsALoop() throws Exception {
    String box = "roundtrip-" + UUID.randomUUID() + "@tk.test";
    MailSettings settings = settings(box, SMTP);
    SmtpMailer smtp = new SmtpMailer();
    smtp.settings = settings;
    MessageIds ids = new MessageIds(settings.messageIdDomain());
    String messageId = ids.next(42);
    smtp.send(
        new QueuedMail(
            1,
            42,
            "TK-2026-000042",
            box,
            MailLanguage.ZH_TW,
            "[TK-2026-000042] 已收到您的需求：印表機",
            "##- 請在此行以上輸入回覆 -##\n\n您好",
            messageId,
            0));

    Recording recording = new Recording();
    InboundMailbox.Poll poll = mailbox(settings, recording).poll();
    assertEquals(1, poll.read());
    InboundMessage mail = recording.seen.get(0);
    assertEquals(messageId, mail.messageId());
    assertEquals("[TK-2026-000042] 已收到您的需求：印表機", mail.subject());
    assertEquals(ids.threadRoot(42), mail.inReplyTo());
    assertEquals("auto-generated", mail.header("Auto-Submitted"));
    assertEquals("zh-TW", mail.contentLanguage());
    assertTrue(mail.text().contains("您好"), mail.text());

    // moved to Processed: the next poll reads nothing
    assertEquals(0, mailbox(settings, new Recording()).poll().read());
  }

  @Test
  void aPersonsMailIsReadOnceAndAnAutoReplyIsRecognized() throws Exception {
    String box = "desk-" + UUID.randomUUID() + "@tk.test";
    Session session = Session.getInstance(new Properties());
    Properties props = session.getProperties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(SMTP));
    for (String subject : List.of("VPN 無法連線", "Automatic reply: VPN")) {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(new InternetAddress("requester1@tk.test"));
      mail.setRecipients(MimeMessage.RecipientType.TO, box);
      mail.setSubject(subject, "UTF-8");
      mail.setText("從家裡連不上", "UTF-8");
      Transport.send(mail);
    }
    Recording recording = new Recording();
    InboundMailbox.Poll poll = mailbox(settings(box, SMTP), recording).poll();
    assertEquals(2, poll.read());
    assertEquals(1, poll.imported());
    assertEquals(1, poll.ignored());
  }

  @Test
  void aServerThatIsNotThereFailsTheSendSoTheRowIsRetried() {
    String box = "nobody@tk.test";
    SmtpMailer smtp = new SmtpMailer();
    smtp.settings = settings(box, 1); // nothing listens on port 1
    assertThrows(
        MessagingException.class,
        () ->
            smtp.send(
                new QueuedMail(
                    1,
                    1,
                    "TK-2026-000001",
                    box,
                    MailLanguage.EN,
                    "[TK-2026-000001] x",
                    "y",
                    "<tk.x.t1@tk.test>",
                    0)));
  }
}
