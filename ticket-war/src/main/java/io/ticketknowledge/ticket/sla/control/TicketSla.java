package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.comments.entity.Comment;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.history.entity.HistoryEntry;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import io.ticketknowledge.ticket.sla.entity.TicketProfile;
import io.ticketknowledge.ticket.sla.entity.TicketRecord;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's SLA as of now: its record (row, history, conversation) turned into facts ({@link
 * SlaFacts}) under the current policies and replayed by {@link SlaClock}. Nothing is stored; the
 * same facts always give the same timeline. The caller has checked that the ticket may be seen.
 */
@ApplicationScoped
@Transactional
public class TicketSla {

  private static final SlaClock CLOCK = new SlaClock();

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketHistory history;
  @Inject SlaPolicies policies;
  @Inject Clock clock;

  /** The timeline, the policy now in force (null when none) and when it was evaluated. */
  public record Evaluation(SlaTimeline timeline, SlaPolicies.Resolved policy, Instant at) {}

  public Evaluation evaluate(Ticket ticket) {
    return evaluate(ticket, policies.resolver());
  }

  public Evaluation evaluate(Ticket ticket, SlaPolicies.Resolver resolver) {
    Instant now = clock.instant();
    TicketRecord record = record(ticket);
    List<TicketFact> facts = SlaFacts.of(record, resolver::policyFor);
    SlaTimeline timeline = CLOCK.evaluate(facts, now);
    return new Evaluation(timeline, resolver.first(record.current()).orElse(null), now);
  }

  TicketRecord record(Ticket ticket) {
    List<TicketRecord.Change> changes =
        history.of(ticket.id(), true).stream()
            .filter(h -> "status".equals(h.kind()) || SlaFacts.PROFILE_FIELDS.contains(h.kind()))
            .map(TicketSla::change)
            .toList();
    List<TicketRecord.Reply> replies =
        em
            .createQuery(
                "SELECT c FROM Comment c WHERE c.ticketId = :ticket ORDER BY c.createdAt, c.id",
                Comment.class)
            .setParameter("ticket", ticket.id())
            .getResultList()
            .stream()
            .map(
                c ->
                    new TicketRecord.Reply(
                        c.createdAt().toInstant(),
                        ticket.isRequestedBy(c.authorId()),
                        c.internal()))
            .toList();
    return new TicketRecord(ticket.createdAt().toInstant(), profile(ticket), changes, replies);
  }

  public static TicketProfile profile(Ticket ticket) {
    return new TicketProfile(
        ticket.priority(), ticket.type(), ticket.categoryId(), ticket.requesterDepartment());
  }

  private static TicketRecord.Change change(HistoryEntry entry) {
    return new TicketRecord.Change(
        entry.changedAt().toInstant(), entry.kind(), entry.before(), entry.after());
  }
}
