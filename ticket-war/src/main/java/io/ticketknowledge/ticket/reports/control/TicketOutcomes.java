package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.ticket.sla.control.SlaPolicies;
import io.ticketknowledge.ticket.sla.control.TicketSla;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the outcome rows of a batch of tickets in one transaction: a resolved ticket gets its row
 * (first response, resolution, the SLA verdict of each clock as {@link TicketSla} replays it), any
 * other ticket loses its row (it was reopened).
 */
@ApplicationScoped
@Transactional
public class TicketOutcomes {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketSla sla;
  @Inject Clock clock;

  /** Returns how many rows were written or removed. */
  public int refresh(List<Long> ticketIds, SlaPolicies.Resolver resolver) {
    int changed = 0;
    for (long id : ticketIds) {
      Ticket ticket = em.find(Ticket.class, id);
      changed +=
          em.createNativeQuery("DELETE FROM ticket.report_ticket_outcomes WHERE ticket_id = ?1")
              .setParameter(1, id)
              .executeUpdate();
      if (ticket == null || ticket.resolvedAt() == null) {
        continue;
      }
      OffsetDateTime firstResponse = firstResponse(ticket);
      TicketSla.Evaluation evaluation =
          resolver.policies().isEmpty() ? null : sla.evaluate(ticket, resolver);
      em.createNativeQuery(
              "INSERT INTO ticket.report_ticket_outcomes (ticket_id, resolved_at, created_at,"
                  + " group_id, assignee_id, priority, first_response_at, first_response_seconds,"
                  + " resolution_seconds, first_response_sla, resolution_sla, sla_policy,"
                  + " evaluated_at) VALUES (?1, ?2, ?3, CAST(?4 AS BIGINT), ?5, ?6,"
                  // a null is bound untyped (as text): the casts give PostgreSQL the type
                  + " CAST(?7 AS TIMESTAMP WITH TIME ZONE), CAST(?8 AS BIGINT), ?9, ?10, ?11, ?12,"
                  + " ?13)")
          .setParameter(1, id)
          .setParameter(2, ticket.resolvedAt())
          .setParameter(3, ticket.createdAt())
          .setParameter(4, ticket.groupId())
          .setParameter(5, ticket.assigneeId())
          .setParameter(6, ticket.priority().name())
          .setParameter(7, firstResponse)
          .setParameter(
              8, firstResponse == null ? null : seconds(ticket.createdAt(), firstResponse))
          .setParameter(9, seconds(ticket.createdAt(), ticket.resolvedAt()))
          .setParameter(10, verdict(evaluation, SlaMetric.FIRST_RESPONSE))
          .setParameter(11, verdict(evaluation, SlaMetric.RESOLUTION))
          .setParameter(
              12,
              evaluation == null || evaluation.policy() == null
                  ? null
                  : evaluation.policy().policy().name())
          .setParameter(13, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
          .executeUpdate();
      changed++;
    }
    return changed;
  }

  /** The first public answer by someone other than the requester (decision 0014's desk reply). */
  private OffsetDateTime firstResponse(Ticket ticket) {
    List<?> first =
        em.createNativeQuery(
                "SELECT min(c.created_at) FROM ticket.ticket_comments c WHERE c.ticket_id = ?1"
                    + " AND c.internal = FALSE AND c.author_id <> ?2")
            .setParameter(1, ticket.id())
            .setParameter(2, ticket.requesterId())
            .getResultList();
    Object value = first.isEmpty() ? null : first.get(0);
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant time) {
      return time.atOffset(ZoneOffset.UTC);
    }
    return null;
  }

  private static long seconds(OffsetDateTime from, OffsetDateTime to) {
    return Math.max(0, Duration.between(from, to).toSeconds());
  }

  /** MET, BREACHED, or null when no policy measured the clock (or it was cancelled). */
  static String verdict(TicketSla.Evaluation evaluation, SlaMetric metric) {
    if (evaluation == null) {
      return null;
    }
    SlaStatus status = evaluation.timeline().status(metric).orElse(null);
    if (status == null || status.state() == SlaStatus.State.CANCELLED) {
      return null;
    }
    if (status.breached()) {
      return "BREACHED";
    }
    return status.state() == SlaStatus.State.MET ? "MET" : null;
  }
}
