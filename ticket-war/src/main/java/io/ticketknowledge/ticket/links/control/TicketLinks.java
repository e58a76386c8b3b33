package io.ticketknowledge.ticket.links.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.links.entity.LinkType;
import io.ticketknowledge.ticket.links.entity.TicketLink;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Links between tickets: agents link two tickets they may read (the first as an agent) and remove
 * links; everyone who may read a ticket lists its links to tickets they may read too. Each link and
 * unlink is in the history of both tickets and is an event ({@code ticket.linked}, {@code
 * ticket.unlinked}) on the ticket it was made from.
 */
@ApplicationScoped
@Transactional
public class TicketLinks {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketHistory history;
  @Inject TicketEvents events;

  /** A link as one of its tickets sees it, with the other ticket. */
  public record Seen(TicketLink link, LinkType type, Ticket other) {}

  /** The links of a ticket the user may read, to tickets the user may read, oldest first. */
  public List<Seen> of(long ticketId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    List<Seen> seen = new ArrayList<>();
    for (TicketLink link : linksOf(ticket.id())) {
      Ticket other = em.find(Ticket.class, link.otherThan(ticket.id()));
      if (other != null && TicketAccess.canSee(viewer, other)) {
        seen.add(new Seen(link, link.typeFor(ticket.id()), other));
      }
    }
    return seen;
  }

  /** The knowledge articles named as the ticket's solution (by id), if the user may read it. */
  public List<Long> articleIds(long ticketId, CurrentUser user) {
    return queries.visible(ticketId, user).linkedArticleIds();
  }

  /** "{@code ticketId} is {@code type} of {@code otherId}", by an agent of the first ticket. */
  public Seen link(long ticketId, LinkType type, long otherId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = asAgent(ticketId, viewer);
    if (otherId == ticketId) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.link-self");
    }
    Ticket other = queries.visible(otherId, viewer);
    TicketLink link = TicketLink.of(ticket.id(), type, other.id(), user.id());
    LinkType stored = link.type();
    lockFor(link);
    LinkRules.check(
        link,
        between(ticket.id(), other.id()),
        em.createQuery(
                "SELECT l FROM TicketLink l WHERE l.targetId = :t AND l.type = :type",
                TicketLink.class)
            .setParameter("t", link.targetId())
            .setParameter("type", stored)
            .getResultList(),
        from -> targets(from, stored));
    em.persist(link);
    em.flush();
    history.record(ticket.id(), user, "link", null, type + " " + other.number());
    history.record(other.id(), user, "link", null, type.inverse() + " " + ticket.number());
    events.linked(ticket, link.id(), type.name(), other, user.id());
    return new Seen(link, type, other);
  }

  /** Removes a link of the ticket, by an agent of it who may read the other ticket too. */
  public void unlink(long ticketId, long linkId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = asAgent(ticketId, viewer);
    TicketLink link = em.find(TicketLink.class, linkId);
    if (link == null || !link.touches(ticket.id())) {
      throw ApiException.notFound("ticket.link-not-found", linkId);
    }
    Ticket other = em.find(Ticket.class, link.otherThan(ticket.id()));
    if (other == null || !TicketAccess.canSee(viewer, other)) {
      throw ApiException.notFound("ticket.link-not-found", linkId);
    }
    LinkType type = link.typeFor(ticket.id());
    em.remove(link);
    em.flush();
    history.record(ticket.id(), user, "link", type + " " + other.number(), null);
    history.record(other.id(), user, "link", type.inverse() + " " + ticket.number(), null);
    events.unlinked(ticket, linkId, type.name(), other, user.id());
  }

  /** Every link of a ticket (for a merge, which re-points none of them: the source keeps its). */
  public List<TicketLink> linksOf(long ticketId) {
    return em.createQuery(
            "SELECT l FROM TicketLink l WHERE l.sourceId = :t OR l.targetId = :t ORDER BY l.id",
            TicketLink.class)
        .setParameter("t", ticketId)
        .getResultList();
  }

  /**
   * Makes the checks of a new link see every link committed before it and hold until its own
   * commit: the type's lock row for a directed type (a cycle can run through four tickets, two new
   * links sharing none of them), then the two tickets, in id order so two requests never wait for
   * each other crosswise.
   */
  private void lockFor(TicketLink link) {
    if (link.type().directed()) {
      em.createNativeQuery(
              "SELECT link_type FROM ticket.ticket_link_locks WHERE link_type = ? FOR UPDATE")
          .setParameter(1, link.type().name())
          .getResultList();
    }
    long first = Math.min(link.sourceId(), link.targetId());
    long second = Math.max(link.sourceId(), link.targetId());
    for (long id : new long[] {first, second}) {
      em.createNativeQuery("SELECT id FROM ticket.tickets WHERE id = ? FOR UPDATE")
          .setParameter(1, id)
          .getResultList();
    }
  }

  private Ticket asAgent(long ticketId, TicketViewer viewer) {
    Ticket ticket = queries.visible(ticketId, viewer);
    if (TicketAccess.roleOn(viewer, ticket).orElseThrow() != TicketRole.AGENT) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.links-agents-only");
    }
    return ticket;
  }

  private List<TicketLink> between(long a, long b) {
    return em.createQuery(
            "SELECT l FROM TicketLink l WHERE (l.sourceId = :a AND l.targetId = :b)"
                + " OR (l.sourceId = :b AND l.targetId = :a)",
            TicketLink.class)
        .setParameter("a", a)
        .setParameter("b", b)
        .getResultList();
  }

  private Collection<Long> targets(long from, LinkType type) {
    return em.createQuery(
            "SELECT l.targetId FROM TicketLink l WHERE l.sourceId = :s AND l.type = :type",
            Long.class)
        .setParameter("s", from)
        .setParameter("type", type)
        .getResultList();
  }
}
