package io.ticketknowledge.ticket.privacy.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which closed tickets retention acts on, and how: pure, so the rules are tested without a
 * database. A held ticket is never selected (it is reported as held when a rule would have acted on
 * it); an anonymized one is not anonymized again; only tickets with files lose files.
 */
public final class RetentionSelection {

  /** The selection: ticket ids to anonymize, ids whose files to delete, ids held back. */
  public record Selected(List<Long> anonymize, List<Long> deleteAttachments, List<Long> held) {
    public boolean isEmpty() {
      return anonymize.isEmpty() && deleteAttachments.isEmpty();
    }
  }

  private RetentionSelection() {}

  public static Selected select(
      Map<TicketType, RetentionTerms> rules, List<ClosedTicket> tickets, Instant now) {
    List<Long> anonymize = new ArrayList<>();
    List<Long> files = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    for (ClosedTicket ticket : tickets) {
      RetentionTerms terms = rules.getOrDefault(ticket.type(), RetentionTerms.NONE);
      boolean anonymizeDue =
          !ticket.anonymized()
              && terms.anonymizeCutoff(now).filter(ticket.closedAt()::isBefore).isPresent();
      // anonymizing removes the files too: the rule that deletes them earlier is the other one
      boolean filesDue =
          ticket.attachments() > 0
              && (anonymizeDue
                  || terms.attachmentsCutoff(now).filter(ticket.closedAt()::isBefore).isPresent());
      if (!anonymizeDue && !filesDue) {
        continue;
      }
      if (ticket.held()) {
        held.add(ticket.id());
        continue;
      }
      if (anonymizeDue) {
        anonymize.add(ticket.id());
      }
      if (filesDue) {
        files.add(ticket.id());
      }
    }
    return new Selected(List.copyOf(anonymize), List.copyOf(files), List.copyOf(held));
  }
}
