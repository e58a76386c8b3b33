package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Opens and changes tickets; each call is one transaction. */
@ApplicationScoped
@Transactional
public class TicketWorkflow {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketQueries queries;

  public Ticket open(
      String subject, String description, TicketPriority priority, CurrentUser requester) {
    Ticket ticket =
        Ticket.open(subject, description, priority, requester.id(), requester.displayName());
    em.persist(ticket);
    em.flush();
    return ticket;
  }

  /**
   * Applies a merge patch on behalf of {@code user}, provided the ticket is still at the version
   * named by {@code ifMatch}.
   */
  public Ticket change(
      long id,
      String subject,
      String description,
      TicketPriority priority,
      String ifMatch,
      CurrentUser user) {
    Ticket ticket = queries.visible(id, user);
    if (!TicketAccess.canEdit(user, ticket)) {
      throw ApiException.forbidden();
    }
    Versions.requireMatch(ifMatch, ticket.version());
    if (subject != null) {
      ticket.rename(subject);
    }
    if (description != null) {
      ticket.describe(description);
    }
    if (priority != null) {
      ticket.prioritize(priority);
    }
    em.flush();
    return ticket;
  }
}
