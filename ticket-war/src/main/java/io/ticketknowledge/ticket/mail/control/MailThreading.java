package io.ticketknowledge.ticket.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the ticket an incoming mail answers: first by its headers — In-Reply-To, then References
 * from the newest to the oldest — against the Message-IDs we sent (and our thread roots), then by
 * the ticket number in the subject. Headers win because mail clients keep them while people edit
 * subjects; the subject catches replies from clients that drop the headers (and forwarded mails).
 */
public final class MailThreading {

  /** Where the ticket of a Message-ID or a ticket number is looked up. */
  public interface Lookup {
    /** The ticket one of our sent mails belongs to. */
    Optional<Long> ticketOfSentMessage(String messageId);

    /** The ticket with this number. */
    Optional<Long> ticketOfNumber(String number);
  }

  /** How the ticket was found (for the record of the inbound message). */
  public enum Via {
    IN_REPLY_TO,
    REFERENCES,
    SUBJECT
  }

  public record Thread(long ticketId, Via via) {}

  private final MessageIds ours;
  private final Lookup lookup;

  public MailThreading(MessageIds ours, Lookup lookup) {
    this.ours = ours;
    this.lookup = lookup;
  }

  public Optional<Thread> resolve(String inReplyTo, String references, String subject) {
    Optional<Long> byReply = first(MessageIds.parse(inReplyTo));
    if (byReply.isPresent()) {
      return Optional.of(new Thread(byReply.get(), Via.IN_REPLY_TO));
    }
    List<String> referenced = new ArrayList<>(MessageIds.parse(references));
    java.util.Collections.reverse(referenced);
    Optional<Long> byReferences = first(referenced);
    if (byReferences.isPresent()) {
      return Optional.of(new Thread(byReferences.get(), Via.REFERENCES));
    }
    return SubjectTicketNumber.in(subject)
        .flatMap(lookup::ticketOfNumber)
        .map(id -> new Thread(id, Via.SUBJECT));
  }

  private Optional<Long> first(List<String> messageIds) {
    Function<String, Optional<Long>> find =
        id -> {
          Optional<Long> sent = lookup.ticketOfSentMessage(id);
          return sent.isPresent() ? sent : ours.ticketOf(id);
        };
    for (String id : messageIds) {
      Optional<Long> ticket = find.apply(id);
      if (ticket.isPresent()) {
        return ticket;
      }
    }
    return Optional.empty();
  }
}
