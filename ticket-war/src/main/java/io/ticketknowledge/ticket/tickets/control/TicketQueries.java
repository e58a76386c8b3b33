package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.audit.AuditObject;
import io.ticketknowledge.platform.audit.AuditTrail;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.customfields.control.FieldFilter;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads tickets, always through the caller's visibility ({@link TicketAccess}). */
@ApplicationScoped
public class TicketQueries {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** Lists read from the read data source, which may be a replica (see persistence.xml). */
  @PersistenceUnit(unitName = "ticket-read")
  EntityManagerFactory readUnit;

  @Inject TicketViewers viewers;

  /** The ticket if the user may see it; otherwise 404, whether or not it exists. */
  public Ticket visible(long id, CurrentUser user) {
    return visible(id, viewers.of(user));
  }

  public Ticket visible(long id, TicketViewer viewer) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null || !TicketAccess.canSee(viewer, ticket)) {
      if (ticket != null) AuditTrail.hidden(AuditObject.of("ticket", id));
      throw ApiException.notFound("ticket.not-found", id);
    }
    return ticket;
  }

  /** Newest first, {@code limit} tickets with ids below {@code beforeId}, of one queue or all. */
  public List<Ticket> page(CurrentUser user, TicketQueue queue, long beforeId, int limit) {
    return page(user, queue, List.of(), beforeId, limit);
  }

  /** The same, of the tickets whose custom fields match every filter. */
  public List<Ticket> page(
      CurrentUser user, TicketQueue queue, List<FieldFilter> fields, long beforeId, int limit) {
    TicketViewer viewer = viewers.of(user);
    try (EntityManager read = readUnit.createEntityManager()) {
      return page(read, viewer, queue, fields, beforeId, limit);
    }
  }

  static List<Ticket> page(
      EntityManager em, TicketViewer viewer, TicketQueue queue, long beforeId, int limit) {
    return page(em, viewer, queue, List.of(), beforeId, limit);
  }

  static List<Ticket> page(
      EntityManager em,
      TicketViewer viewer,
      TicketQueue queue,
      List<FieldFilter> fields,
      long beforeId,
      int limit) {
    List<String> conditions = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      conditions.add(fields.get(i).jpql(i));
    }
    conditions.add("t.id < :before");
    String visibility = TicketAccess.jpqlCondition(viewer);
    if (visibility != null) {
      conditions.add(visibility);
    }
    Set<Long> myGroups = viewer.groupIds();
    switch (queue == null ? TicketQueue.ALL : queue) {
      case MINE -> conditions.add("t.assigneeId = :me");
      case MY_GROUPS -> conditions.add(myGroups.isEmpty() ? "1 = 0" : "t.groupId IN :myGroups");
      case UNASSIGNED -> conditions.add("t.assigneeId IS NULL");
      case REQUESTED -> conditions.add("t.requesterId = :me");
      case ALL -> {
        // visibility only
      }
    }
    TypedQuery<Ticket> query =
        em.createQuery(
            "SELECT t FROM Ticket t WHERE "
                + String.join(" AND ", conditions)
                + " ORDER BY t.id DESC",
            Ticket.class);
    TicketAccess.bind(query, viewer);
    if (queue == TicketQueue.MINE || queue == TicketQueue.REQUESTED) {
      query.setParameter("me", viewer.userId() == null ? "" : viewer.userId());
    }
    if (queue == TicketQueue.MY_GROUPS && !myGroups.isEmpty()) {
      query.setParameter("myGroups", myGroups);
    }
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).bind(query, i);
    }
    return query.setParameter("before", beforeId).setMaxResults(limit).getResultList();
  }
}
