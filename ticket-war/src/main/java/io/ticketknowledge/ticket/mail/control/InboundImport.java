package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.attachments.control.TicketAttachments;
import io.ticketknowledge.ticket.mail.entity.InboundMessage;
import io.ticketknowledge.ticket.mail.entity.InboundOutcome;
import io.ticketknowledge.ticket.mail.entity.LanguageSource;
import io.ticketknowledge.ticket.mail.entity.MailContact;
import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides what a message read from the mailbox becomes, in this order: already read (nothing); one
 * of ours or from our own address (LOOP); a bounce or an automatic answer ({@link AutomatedMail});
 * over the sender's hourly limit; an unknown sender (decision 0025: known users by their address,
 * others only from {@code tk.mail.inbound.accepted-domains}); then a reply to the ticket it threads
 * to ({@link MailThreading}) or a new ticket. Attachments follow through the ticket attachment path
 * (type from the bytes, size limit, blob port); a refused file is noted on the message's record,
 * not fatal.
 */
@ApplicationScoped
public class InboundImport {

  private static final Logger LOG = Logger.getLogger(InboundImport.class.getName());
  private static final MailTemplates TEMPLATES = new MailTemplates();

  @Inject MailSettings settings;
  @Inject MailContacts contacts;
  @Inject InboundRecords records;
  @Inject InboundTickets tickets;
  @Inject QueuedMails sent;
  @Inject TicketAttachments attachments;

  /** What became of one message. */
  public record Result(InboundOutcome outcome, Long ticketId, Long commentId, boolean repeated) {}

  public Result accept(InboundMessage mail) {
    Optional<InboundOutcome> earlier = records.outcomeOf(mail.messageId());
    if (earlier.isPresent()) {
      return new Result(earlier.get(), null, null, true);
    }
    MessageIds ours = new MessageIds(settings.messageIdDomain());
    if (ours.isOurs(mail.messageId())
        || sent.ticketOfMessage(mail.messageId()).isPresent()
        || mail.fromAddress().equalsIgnoreCase(settings.from())) {
      return ignored(mail, InboundOutcome.LOOP, "our own message");
    }
    Optional<InboundOutcome> automated =
        AutomatedMail.classify(mail::header, mail.fromAddress(), mail.subject());
    if (automated.isPresent()) {
      return ignored(mail, automated.get(), null);
    }
    if (records.recentFrom(mail.fromAddress()) >= settings.maxPerSenderPerHour()) {
      return ignored(mail, InboundOutcome.RATE_LIMITED, null);
    }
    Optional<MailRequester> sender = sender(mail);
    if (sender.isEmpty()) {
      return ignored(mail, InboundOutcome.UNKNOWN_SENDER, null);
    }
    String text =
        MailText.clean(MailText.reply(mail.text(), TEMPLATES.replyMarkers()), MailText.MAX_LENGTH);
    if (text.isBlank()) {
      text = "(" + mail.subject() + ")";
    }
    MailThreading threading =
        new MailThreading(
            ours,
            new MailThreading.Lookup() {
              @Override
              public Optional<Long> ticketOfSentMessage(String messageId) {
                return sent.ticketOfMessage(messageId);
              }

              @Override
              public Optional<Long> ticketOfNumber(String number) {
                return records.ticketOfNumber(number);
              }
            });
    Optional<MailThreading.Thread> thread =
        threading.resolve(mail.inReplyTo(), mail.references(), mail.subject());
    InboundTickets.Made made;
    try {
      if (thread.isPresent()) {
        made =
            tickets.reply(
                mail, thread.get().ticketId(), text, thread.get().via().name(), sender.get());
      } else {
        String subject = MailText.clean(mail.subject(), 200);
        made = tickets.open(mail, subject.isBlank() ? "(no subject)" : subject, text, sender.get());
      }
    } catch (ApiException refused) {
      // not theirs to answer (404), closed (409) …: recorded, never retried
      return ignored(
          mail,
          InboundOutcome.REJECTED,
          refused.detailKey() + (thread.isPresent() ? " ticket " + thread.get().ticketId() : ""));
    }
    attach(mail, made, sender.get());
    return new Result(
        thread.isPresent() ? InboundOutcome.COMMENT_ADDED : InboundOutcome.TICKET_CREATED,
        made.ticketId(),
        made.commentId(),
        false);
  }

  private void attach(InboundMessage mail, InboundTickets.Made made, MailRequester sender) {
    List<String> refused = new ArrayList<>();
    for (InboundMessage.Attachment file : mail.attachments()) {
      try {
        attachments.attach(
            made.ticketId(),
            made.commentId(),
            file.fileName(),
            new ByteArrayInputStream(file.content()),
            sender);
      } catch (ApiException e) {
        refused.add(file.fileName() + ": " + e.detailKey());
      }
    }
    if (!refused.isEmpty()) {
      records.addDetail(mail.messageId(), "attachments refused: " + String.join("; ", refused));
    }
  }

  /** The sender as a requester: a known user, or a new one of an accepted domain. */
  private Optional<MailRequester> sender(InboundMessage mail) {
    String address = mail.fromAddress();
    if (address.isBlank() || !address.contains("@")) {
      return Optional.empty();
    }
    Optional<MailContact> known = contacts.byEmail(address);
    if (known.isPresent()) {
      return Optional.of(new MailRequester(known.get().userId(), known.get().displayName()));
    }
    String domain = address.substring(address.lastIndexOf('@') + 1);
    if (!settings.acceptedDomains().contains(domain)) {
      return Optional.empty();
    }
    String id = MailContact.MAIL_USER_PREFIX + address;
    String name = MailText.clean(mail.fromName() == null ? address : mail.fromName(), 100);
    contacts.remember(
        id,
        address,
        name.isBlank() ? address : name,
        MailLanguage.ofTag(mail.contentLanguage()),
        LanguageSource.FIRST_SEEN);
    return Optional.of(new MailRequester(id, name.isBlank() ? address : name));
  }

  private Result ignored(InboundMessage mail, InboundOutcome outcome, String detail) {
    LOG.info(() -> "mail " + mail.messageId() + " not imported: " + outcome);
    records.recordAlone(mail.messageId(), mail.fromAddress(), mail.subject(), outcome, detail);
    return new Result(outcome, null, null, false);
  }
}
