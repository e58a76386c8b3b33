package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import java.util.Set;

/**
 * {@link TicketAccess} as a condition of the search query itself, so a ticket the caller may not
 * see never shows in hits, totals, facet counts or similar tickets: agents and admins search every
 * ticket, everyone else only the tickets they requested.
 */
public final class TicketSearchPermissions {

  private TicketSearchPermissions() {}

  public static SearchQuery.Builder restrict(SearchQuery.Builder query, CurrentUser user) {
    if (TicketAccess.seesAll(user)) {
      return query;
    }
    String id = user.id();
    // no id, no tickets: an empty set allows nothing
    return query.permit(
        TicketIndex.REQUESTER_ID, id == null || id.isBlank() ? Set.of() : Set.of(id));
  }
}
