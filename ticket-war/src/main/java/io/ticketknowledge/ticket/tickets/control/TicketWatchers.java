package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.history.control.TicketHistory;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Who follows a ticket. The requester and agents add and remove watchers; a watcher may remove
 * themselves. Watching makes a ticket visible to the watcher (read and public conversation only).
 */
@ApplicationScoped
@Transactional
public class TicketWatchers {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketHistory history;
  @Inject TicketEvents events;

  public Ticket of(long ticketId, CurrentUser user) {
    return queries.visible(ticketId, user);
  }

  public Ticket add(long ticketId, String watcherId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    if (TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.WATCHER) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.watcher-read-only");
    }
    String id = watcherId.strip();
    if (ticket.watch(id)) {
      history.record(ticket.id(), user, "watcher", null, id);
      em.flush();
      events.watchersChanged(ticket, user.id());
    }
    return ticket;
  }

  public Ticket remove(long ticketId, String watcherId, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(ticketId, viewer);
    boolean self = watcherId.equals(user.id());
    if (TicketAccess.roleOn(viewer, ticket).orElseThrow() == TicketRole.WATCHER && !self) {
      throw new ApiException(ProblemKind.FORBIDDEN, "ticket.watcher-read-only");
    }
    if (ticket.unwatch(watcherId)) {
      history.record(ticket.id(), user, "watcher", watcherId, null);
      em.flush();
      events.watchersChanged(ticket, user.id());
    }
    return ticket;
  }
}
