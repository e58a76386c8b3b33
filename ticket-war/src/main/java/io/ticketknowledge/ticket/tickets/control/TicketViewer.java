package io.ticketknowledge.ticket.tickets.control;

import java.util.Set;

/**
 * Who is looking, as far as ticket visibility goes: the user's id, whether they are an admin or an
 * agent, and the support groups they belong to. Built once per request ({@code TicketViewers}).
 */
public record TicketViewer(String userId, boolean admin, boolean agent, Set<Long> groupIds) {

  public TicketViewer {
    groupIds = Set.copyOf(groupIds);
  }

  public static TicketViewer requester(String userId) {
    return new TicketViewer(userId, false, false, Set.of());
  }
}
