package io.ticketknowledge.knowledge.signals.control;

import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;

/**
 * Who may read what Knowledge learned about a ticket: the same people the Ticket module shows the
 * ticket to. Agents and admins see every ticket; anyone else (editors included) only the tickets
 * they requested. A signal without a known requester is therefore for agents and admins only.
 */
public final class TicketSignalAccess {

  private TicketSignalAccess() {}

  public static boolean maySee(TicketSignal signal, CurrentUser user) {
    if (user.isAnyOf(Roles.AGENT, Roles.ADMIN)) {
      return true;
    }
    return signal.requesterId() != null && signal.requesterId().equals(user.id());
  }
}
