package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.ticket.privacy.entity.ClosedTicket;
import io.ticketknowledge.ticket.privacy.entity.RetentionReport;
import io.ticketknowledge.ticket.privacy.entity.RetentionSelection;
import io.ticketknowledge.ticket.privacy.entity.RetentionTerms;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One retention run over the closed tickets: pages through the candidates by ascending id, lets
 * {@link RetentionSelection} decide, and acts on at most {@code batchSize} tickets (a dry run acts
 * on none and reports the same ids). Resumable without a cursor table: what a run did is no longer
 * selected (anonymized_at set, files gone), so the next run continues with the rest.
 */
@ApplicationScoped
public class RetentionSweep {

  private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject RetentionRules rules;
  @Inject TicketAnonymizer anonymizer;
  @Inject PersonErasure erasure;

  public RetentionReport run(boolean dryRun, int batchSize, Instant now, String actorId) {
    Map<TicketType, RetentionTerms> terms = rules.termsByType();
    List<Long> anonymized = new ArrayList<>();
    List<Long> filesOf = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    int files = 0;
    boolean more = false;
    long after = Long.MIN_VALUE;
    int acted = 0;
    pages:
    while (true) {
      List<ClosedTicket> page = candidates(terms, now, after, batchSize);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1).id();
      RetentionSelection.Selected selected = RetentionSelection.select(terms, page, now);
      held.addAll(selected.held());
      for (ClosedTicket ticket : page) {
        boolean anonymize = selected.anonymize().contains(ticket.id());
        boolean removeFiles = selected.deleteAttachments().contains(ticket.id());
        if (!anonymize && !removeFiles) {
          continue;
        }
        if (acted == batchSize) {
          more = true;
          break pages;
        }
        acted++;
        if (dryRun) {
          files += removeFiles ? ticket.attachments() : 0;
        } else {
          try {
            List<String> keys =
                anonymize
                    ? anonymizer.anonymize(ticket.id(), actorId)
                    : anonymizer.removeAttachments(ticket.id());
            files += keys.size();
            erasure.deleteBlobs(keys);
          } catch (RuntimeException e) {
            // changed at the same moment (or held since): the next run looks again
            LOG.log(Level.WARNING, "retention skipped ticket " + ticket.id(), e);
            continue;
          }
        }
        if (anonymize) {
          anonymized.add(ticket.id());
        }
        if (removeFiles) {
          filesOf.add(ticket.id());
        }
      }
    }
    return new RetentionReport(dryRun, now, batchSize, anonymized, filesOf, files, held, more);
  }

  /**
   * Closed tickets of the types that have a rule, closed before the later of the type's cutoffs,
   * that are not anonymized yet or still have files; by ascending id after {@code afterId}.
   */
  private List<ClosedTicket> candidates(
      Map<TicketType, RetentionTerms> terms, Instant now, long afterId, int limit) {
    List<ClosedTicket> tickets = new ArrayList<>();
    for (Map.Entry<TicketType, RetentionTerms> rule : terms.entrySet()) {
      Optional<Instant> latest =
          later(rule.getValue().anonymizeCutoff(now), rule.getValue().attachmentsCutoff(now));
      if (latest.isEmpty()) {
        continue;
      }
      for (Object row :
          em.createNativeQuery(
                  "SELECT t.id, t.closed_at, t.anonymized_at,"
                      + " (SELECT COUNT(*) FROM ticket.ticket_attachments a"
                      + " WHERE a.ticket_id = t.id),"
                      + " (SELECT COUNT(*) FROM ticket.ticket_legal_holds h"
                      + " WHERE h.ticket_id = t.id AND h.held = TRUE)"
                      + " FROM ticket.tickets t WHERE t.ticket_type = ? AND t.status = 'CLOSED'"
                      + " AND t.closed_at < ? AND t.id > ? AND (t.anonymized_at IS NULL OR EXISTS"
                      + " (SELECT 1 FROM ticket.ticket_attachments a2 WHERE a2.ticket_id = t.id))"
                      + " ORDER BY t.id")
              .setParameter(1, rule.getKey().name())
              .setParameter(2, Columns.utc(latest.get()))
              .setParameter(3, afterId)
              .setMaxResults(limit)
              .getResultList()) {
        Object[] t = (Object[]) row;
        tickets.add(
            new ClosedTicket(
                Columns.number(t[0]),
                rule.getKey(),
                Columns.instant(t[1]),
                t[2] != null,
                (int) Columns.number(t[3]),
                Columns.number(t[4]) > 0));
      }
    }
    tickets.sort(java.util.Comparator.comparingLong(ClosedTicket::id));
    return tickets.size() > limit ? tickets.subList(0, limit) : tickets;
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
  }
}
