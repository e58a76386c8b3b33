package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads tickets, always through the caller's visibility. */
@ApplicationScoped
public class TicketQueries {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** Lists read from the read data source, which may be a replica (see persistence.xml). */
  @PersistenceUnit(unitName = "ticket-read")
  EntityManagerFactory readUnit;

  /** The ticket if the user may see it; otherwise 404, whether or not it exists. */
  public Ticket visible(long id, CurrentUser user) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null || !TicketAccess.canSee(user, ticket)) {
      throw ApiException.notFound("ticket.not-found", id);
    }
    return ticket;
  }

  /** Newest first, {@code limit} tickets with ids below {@code beforeId}. */
  public List<Ticket> page(CurrentUser user, long beforeId, int limit) {
    try (EntityManager read = readUnit.createEntityManager()) {
      return page(read, user, beforeId, limit);
    }
  }

  private static List<Ticket> page(EntityManager em, CurrentUser user, long beforeId, int limit) {
    TypedQuery<Ticket> query;
    if (TicketAccess.seesAll(user)) {
      query =
          em.createQuery(
              "SELECT t FROM Ticket t WHERE t.id < :before ORDER BY t.id DESC", Ticket.class);
    } else {
      query =
          em.createQuery(
                  "SELECT t FROM Ticket t WHERE t.id < :before AND t.requesterId = :requester ORDER BY t.id DESC",
                  Ticket.class)
              .setParameter("requester", user.id());
    }
    return query.setParameter("before", beforeId).setMaxResults(limit).getResultList();
  }
}
