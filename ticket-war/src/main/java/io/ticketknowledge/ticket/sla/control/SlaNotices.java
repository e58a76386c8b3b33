package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.platform.json.Jsons;
import io.ticketknowledge.ticket.groups.entity.SupportGroup;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.sla.entity.Escalation;
import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaNotice;
import io.ticketknowledge.ticket.sla.entity.TicketProfile;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Acts on warnings and breaches that happened while nobody touched a ticket: for each one not yet
 * noticed, one history entry, one event ({@code ticket.sla-warning} / {@code ticket.sla-breached})
 * and the policy's escalation. Each ticket is handled in its own transaction under a row lock, and
 * a notice is written once per (ticket, metric, kind, clock cycle), so two replicas running the job
 * at the same moment act once.
 */
@ApplicationScoped
public class SlaNotices {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketSla sla;
  @Inject SlaPolicies policies;
  @Inject TicketEvents events;
  @Inject TicketHistory history;
  @Inject Clock clock;

  /** One warning or breach to notice: which clock, its cycle, and the timeline entry. */
  public record Crossing(SlaEntry entry, int cycle) {}

  /**
   * The next {@code limit} tickets after {@code afterId} whose clocks may be running (neither
   * pending, resolved nor closed), each with whether a policy matches it now: only those are
   * evaluated (a ticket no policy matches any more has no clock left to cross a threshold).
   */
  @Transactional
  public List<Candidate> candidates(long afterId, int limit, SlaPolicies.Resolver resolver) {
    // native: "type" is a JPQL keyword, and only five columns are needed
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, priority, ticket_type, category_id, requester_department"
                    + " FROM ticket.tickets WHERE status IN ('NEW', 'OPEN') AND id > ?1"
                    + " ORDER BY id")
            .setParameter(1, afterId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Candidate(
                    ((Number) row[0]).longValue(),
                    resolver
                        .first(
                            new TicketProfile(
                                TicketPriority.parse((String) row[1]).orElse(null),
                                TicketType.valueOf((String) row[2]),
                                row[3] == null ? null : ((Number) row[3]).longValue(),
                                (String) row[4]))
                        .isPresent()))
        .toList();
  }

  /** A ticket the watch may look at, and whether a policy applies to it now. */
  public record Candidate(long id, boolean measured) {}

  /**
   * Notices the ticket's warnings and breaches not noticed before.
   *
   * @return how many were noticed now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int notice(long ticketId, SlaPolicies.Resolver resolver) {
    Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null) {
      return 0;
    }
    TicketSla.Evaluation evaluation = sla.evaluate(ticket, resolver);
    int noticed = 0;
    for (Crossing crossing : crossings(evaluation.timeline().entries())) {
      if (alreadyNoticed(ticketId, crossing)) {
        continue;
      }
      em.persist(
          new SlaNotice(
              ticketId,
              crossing.entry().metric(),
              crossing.entry().kind(),
              crossing.cycle(),
              crossing.entry().at(),
              clock.instant()));
      act(ticket, crossing, resolver);
      noticed++;
    }
    em.flush();
    return noticed;
  }

  /** The warnings and breaches of a timeline, each with the cycle of its clock (1, 2, …). */
  public static List<Crossing> crossings(List<SlaEntry> entries) {
    Map<SlaMetric, Integer> cycles = new EnumMap<>(SlaMetric.class);
    List<Crossing> crossings = new ArrayList<>();
    for (SlaEntry entry : entries) {
      if (entry.kind() == SlaEntry.Kind.STARTED) {
        cycles.merge(entry.metric(), 1, Integer::sum);
      } else if (entry.kind() == SlaEntry.Kind.WARNING || entry.kind() == SlaEntry.Kind.BREACHED) {
        crossings.add(new Crossing(entry, cycles.getOrDefault(entry.metric(), 1)));
      }
    }
    return crossings;
  }

  private boolean alreadyNoticed(long ticketId, Crossing crossing) {
    return em.find(
            SlaNotice.class,
            new SlaNotice.Key(
                ticketId,
                crossing.entry().metric().name(),
                crossing.entry().kind().name(),
                crossing.cycle()))
        != null;
  }

  private void act(Ticket ticket, Crossing crossing, SlaPolicies.Resolver resolver) {
    SlaEntry entry = crossing.entry();
    boolean breach = entry.kind() == SlaEntry.Kind.BREACHED;
    Escalation escalation =
        resolver
            .named(entry.policy())
            .map(p -> p.definition().escalation(entry.kind()))
            .orElse(Escalation.none());
    history.record(
        ticket.id(),
        TicketHistory.SYSTEM_ID,
        TicketHistory.SYSTEM_NAME,
        breach ? "sla-breached" : "sla-warning",
        null,
        describe(entry),
        true);
    Long reassignedTo = null;
    if (escalation.groupId() != null
        && !escalation.groupId().equals(ticket.groupId())
        && em.find(SupportGroup.class, escalation.groupId()) != null) {
      reassignedTo = escalation.groupId();
      reassign(ticket, em.find(SupportGroup.class, reassignedTo));
    }
    events.slaCrossed(
        ticket,
        breach ? TicketEventType.SLA_BREACHED : TicketEventType.SLA_WARNING,
        payload(entry, crossing.cycle(), escalation.notifies(), reassignedTo),
        TicketHistory.SYSTEM_ID);
  }

  private void reassign(Ticket ticket, SupportGroup group) {
    Long previousGroup = ticket.groupId();
    String previousAssignee = ticket.assigneeId();
    boolean keepsAssignee = previousAssignee != null && group.hasMember(previousAssignee);
    history.record(
        ticket.id(),
        TicketHistory.SYSTEM_ID,
        TicketHistory.SYSTEM_NAME,
        "group",
        previousGroup,
        group.id(),
        false);
    if (!keepsAssignee) {
      history.record(
          ticket.id(),
          TicketHistory.SYSTEM_ID,
          TicketHistory.SYSTEM_NAME,
          "assignee",
          ticket.assigneeName(),
          null,
          false);
    }
    ticket.assignTo(
        group.id(),
        keepsAssignee ? previousAssignee : null,
        keepsAssignee ? ticket.assigneeName() : null);
    em.flush();
    events.assigned(ticket, previousGroup, previousAssignee, TicketHistory.SYSTEM_ID);
  }

  /** The {@code sla} object of the events (docs/events/schemas/ticket.sla-*.v1.json). */
  public static JsonObject payload(
      SlaEntry entry, int cycle, boolean notify, Long reassignedToGroupId) {
    JsonObjectBuilder sla =
        Jsons.objectBuilder()
            .add("metric", entry.metric().name())
            .add("cycle", cycle)
            .add("policy", entry.policy())
            .add("at", time(entry.at()))
            .add("target", entry.target().toString())
            .add("consumed", entry.consumed().toString())
            .add("notify", notify);
    if (reassignedToGroupId != null) {
      sla.add("reassignedToGroupId", reassignedToGroupId);
    }
    return sla.build();
  }

  private static String describe(SlaEntry entry) {
    return entry.metric()
        + " "
        + entry.kind()
        + " at "
        + time(entry.at())
        + " ("
        + entry.consumed()
        + " of "
        + entry.target()
        + ", "
        + entry.policy()
        + ")";
  }

  private static String time(Instant at) {
    return at.toString(); // ISO_INSTANT: always with seconds, as RFC 3339 wants
  }
}
