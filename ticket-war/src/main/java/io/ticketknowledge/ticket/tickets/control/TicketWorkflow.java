package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.IdempotencyKeys;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.tickets.entity.RequestKey;
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

  @Inject TicketEvents events;

  public Ticket open(
      String subject, String description, TicketPriority priority, CurrentUser requester) {
    return open(subject, description, priority, null, requester).ticket();
  }

  /**
   * Opens a ticket, once per {@code idempotencyKey}: a retry with the same key and request returns
   * the ticket the first request opened; the same key with another request is a conflict.
   */
  public OpenedTicket open(
      String subject,
      String description,
      TicketPriority priority,
      String idempotencyKey,
      CurrentUser requester) {
    RequestKey.Id keyId = null;
    String fingerprint = null;
    if (idempotencyKey != null) {
      keyId = new RequestKey.Id(requester.id(), idempotencyKey);
      fingerprint = IdempotencyKeys.fingerprint(subject, description, priority);
      RequestKey earlier = em.find(RequestKey.class, keyId);
      if (earlier != null) {
        if (!earlier.isFor(fingerprint)) {
          throw IdempotencyKeys.reusedForAnotherRequest();
        }
        return new OpenedTicket(em.find(Ticket.class, earlier.ticketId()), true);
      }
    }
    Ticket ticket =
        Ticket.open(subject, description, priority, requester.id(), requester.displayName());
    em.persist(ticket);
    em.flush();
    events.opened(ticket, requester);
    if (keyId != null) {
      // a concurrent twin fails here on the primary key and is answered 409 (retry to replay)
      em.persist(new RequestKey(keyId, fingerprint, ticket.id()));
      em.flush();
    }
    return new OpenedTicket(ticket, false);
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
    // whoever may see a ticket may edit its fields; the lifecycle issue will narrow this
    Ticket ticket = queries.visible(id, user);
    Versions.requireMatch(ifMatch, ticket.version());
    long before = ticket.version();
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
    if (ticket.version() != before) {
      events.changed(ticket, user);
    }
    return ticket;
  }
}
