package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Closes resolved tickets whose requester did not react within the configured days: one transaction
 * per ticket, re-checked against the database, so a reply or reopen that came first wins (the close
 * then simply does not happen) and two replicas running the job close a ticket once.
 */
@ApplicationScoped
public class ResolvedTicketCloser {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketWorkflow workflow;

  /** Ids of tickets resolved before {@code cutoff}, oldest first. */
  @Transactional
  public List<Long> due(OffsetDateTime cutoff, int limit) {
    return em.createQuery(
            "SELECT t.id FROM Ticket t WHERE t.status = :resolved AND t.resolvedAt < :cutoff"
                + " ORDER BY t.resolvedAt",
            Long.class)
        .setParameter("resolved", TicketStatus.RESOLVED)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Closes the ticket as the system if it is still resolved since before {@code cutoff}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean closeIfStillDue(long id, OffsetDateTime cutoff) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null) {
      return false;
    }
    em.refresh(ticket); // another replica or request may have changed it since it was cached
    if (ticket.status() != TicketStatus.RESOLVED || !ticket.resolvedAt().isBefore(cutoff)) {
      return false;
    }
    workflow.move(
        ticket,
        TicketStatus.CLOSED,
        null,
        null,
        TicketRole.SYSTEM,
        TicketHistory.SYSTEM_ID,
        TicketHistory.SYSTEM_NAME);
    return true;
  }
}
