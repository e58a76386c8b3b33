package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;

/**
 * {@link TicketAccess} as a condition of the search query itself, so a ticket the caller may not
 * see never shows in hits, totals, facet counts or similar tickets: the document's access keys
 * (requester, group or none, assignee) must meet the viewer's. Admins search every ticket.
 */
public final class TicketSearchPermissions {

  private TicketSearchPermissions() {}

  public static SearchQuery.Builder restrict(SearchQuery.Builder query, TicketViewer viewer) {
    TicketAccess.accessKeys(viewer).ifPresent(keys -> query.permit(TicketIndex.ACCESS, keys));
    return query;
  }
}
