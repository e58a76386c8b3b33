package io.ticketknowledge.ticket.automation.control;

import io.ticketknowledge.ticket.automation.entity.ActorKind;
import io.ticketknowledge.ticket.automation.entity.TicketSnapshot;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;

/** Reads what conditions look at; the status's start comes from the history. */
@ApplicationScoped
public class TicketSnapshots {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public TicketSnapshot of(Ticket ticket, ActorKind actor, Instant now) {
    return new TicketSnapshot(
        ticket.status(),
        ticket.priority(),
        ticket.type(),
        ticket.groupId(),
        ticket.assigneeId(),
        ticket.categoryId(),
        new HashSet<>(ticket.tags()),
        ticket.requesterDepartment(),
        ticket.subject(),
        actor,
        ticket.createdAt().toInstant(),
        ticket.updatedAt().toInstant(),
        statusSince(ticket),
        now);
  }

  /** When the ticket entered its current status: its last status change, else its opening. */
  public Instant statusSince(Ticket ticket) {
    List<?> last =
        em.createQuery(
                "SELECT MAX(h.changedAt) FROM HistoryEntry h"
                    + " WHERE h.ticketId = :ticket AND h.kind = 'status'")
            .setParameter("ticket", ticket.id())
            .getResultList();
    Object at = last.isEmpty() ? null : last.get(0);
    if (at instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (at instanceof java.util.Date date) { // a provider may hand back the JDBC type
      return date.toInstant();
    }
    return ticket.createdAt().toInstant();
  }
}
