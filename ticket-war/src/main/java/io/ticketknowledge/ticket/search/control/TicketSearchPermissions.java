package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import java.util.Set;

/**
 * {@link TicketAccess} as a condition of the search query itself, so a ticket the caller may not
 * see never shows in hits, totals, facet counts or similar tickets: the document's access keys
 * (requester, group or none, assignee) must meet the viewer's. Admins search every ticket.
 *
 * <p>Internal notes follow {@code TicketAccess.roleOn}: an agent matches them (and sees their
 * snippets) only on the tickets they work as an agent (their groups', assigned to them, in no
 * group), never on one they only requested or watch; everyone else never.
 */
public final class TicketSearchPermissions {

  private TicketSearchPermissions() {}

  public static SearchQuery.Builder restrict(SearchQuery.Builder query, TicketViewer viewer) {
    TicketAccess.accessKeys(viewer).ifPresent(keys -> query.permit(TicketIndex.ACCESS, keys));
    if (!viewer.admin()) {
      Set<String> agentOf = TicketAccess.agentKeys(viewer);
      if (agentOf.isEmpty()) {
        query.hide(TicketIndex.INTERNAL_COMMENTS);
      } else {
        query.showOnlyWhere(
            TicketIndex.INTERNAL_COMMENTS, new Filter.AnyOf(TicketIndex.ACCESS, agentOf));
      }
    }
    return query;
  }
}
