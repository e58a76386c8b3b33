package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An agent takes a ticket onto their own desk or releases it back to the group's queue. */
@ApplicationScoped
@Transactional
public class TicketAssignments {

  @Inject TicketQueries queries;
  @Inject TicketViewers viewers;
  @Inject TicketWorkflow workflow;

  public Ticket take(long id, String ifMatch, CurrentUser agent) {
    Ticket ticket = agentsTicket(id, ifMatch, agent);
    workflow.assign(ticket, ticket.groupId(), agent.id(), agent);
    return ticket;
  }

  public Ticket release(long id, String ifMatch, CurrentUser agent) {
    Ticket ticket = agentsTicket(id, ifMatch, agent);
    workflow.assign(ticket, ticket.groupId(), null, agent);
    return ticket;
  }

  private Ticket agentsTicket(long id, String ifMatch, CurrentUser user) {
    TicketViewer viewer = viewers.of(user);
    Ticket ticket = queries.visible(id, viewer);
    if (TicketAccess.roleOn(viewer, ticket).orElseThrow() != TicketRole.AGENT) {
      throw new ApiException(ProblemKind.FORBIDDEN, null);
    }
    Versions.requireMatch(ifMatch, ticket.version());
    return ticket;
  }
}
