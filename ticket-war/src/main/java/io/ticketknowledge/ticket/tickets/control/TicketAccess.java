package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.tickets.entity.Ticket;

/**
 * Object-level rules: agents and admins work every ticket; a requester sees (and so edits) only
 * their own. A ticket the caller may not see is reported as not found, so its existence does not
 * leak.
 */
public final class TicketAccess {

  private TicketAccess() {}

  public static boolean seesAll(CurrentUser user) {
    return user.isAnyOf(Roles.AGENT, Roles.ADMIN);
  }

  public static boolean canSee(CurrentUser user, Ticket ticket) {
    return seesAll(user) || ticket.isRequestedBy(user.id());
  }
}
