package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the help desk's mailbox over IMAP: every message in {@code tk.mail.imap.folder} is imported
 * ({@link InboundImport}) and then moved to {@code tk.mail.imap.processed-folder} (copied, flagged
 * deleted, expunged), so the folder holds only what is still to do. A message whose import failed
 * for a passing reason (the database away) stays and is read again at the next poll; the import
 * itself is idempotent by Message-ID, so a message moved late is not imported twice.
 */
@ApplicationScoped
public class InboundMailbox {

  private static final Logger LOG = Logger.getLogger(InboundMailbox.class.getName());
  private final ReentrantLock polling = new ReentrantLock();

  @Inject MailSettings settings;
  @Inject InboundImport importer;

  @Inject
  @ConfigProperty(name = "tk.tickets.attachments.max-bytes")
  long maxAttachmentBytes;

  /** What one poll did. */
  public record Poll(int read, int imported, int ignored, int failed) {}

  public Poll poll() throws MessagingException {
    // one poll at a time per server (the schedule and an admin's poll-now may meet)
    polling.lock();
    try {
      return pollOnce();
    } finally {
      polling.unlock();
    }
  }

  private Poll pollOnce() throws MessagingException {
    MailSettings.Server imap = settings.imap();
    Store store = MailSessions.imap(imap, settings.timeoutMs()).getStore();
    store.connect(imap.host(), imap.port(), imap.user().orElse(null), imap.password().orElse(null));
    try {
      Folder inbox = store.getFolder(settings.imapFolder());
      Folder processed = store.getFolder(settings.processedFolder());
      if (!processed.exists()) {
        processed.create(Folder.HOLDS_MESSAGES);
      }
      inbox.open(Folder.READ_WRITE);
      int read = 0;
      int imported = 0;
      int ignored = 0;
      int failed = 0;
      MailParser parser = new MailParser(maxAttachmentBytes);
      try {
        for (Message message : inbox.getMessages()) {
          read++;
          try {
            InboundMessage mail = parser.parse((MimeMessage) message);
            InboundImport.Result result = importer.accept(mail);
            if (result.outcome().imported() && !result.repeated()) {
              imported++;
            } else {
              ignored++;
            }
            inbox.copyMessages(new Message[] {message}, processed);
            message.setFlag(Flags.Flag.DELETED, true);
          } catch (MessagingException | IOException | RuntimeException e) {
            failed++;
            LOG.log(Level.WARNING, "mail not imported now; read again at the next poll", e);
          }
        }
      } finally {
        inbox.close(true);
      }
      if (read > 0) {
        LOG.info(
            "mail poll: "
                + read
                + " read, "
                + imported
                + " imported, "
                + ignored
                + " ignored, "
                + failed
                + " failed");
      }
      return new Poll(read, imported, ignored, failed);
    } finally {
      store.close();
    }
  }
}
