package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Searches tickets, always within what the caller may see. */
@ApplicationScoped
public class TicketSearch {

  @Inject SearchEngine engine;

  @Inject TicketQueries queries;

  public SearchPage search(TicketSearchRequest request, CurrentUser user) {
    return engine.search(TicketIndex.DEFINITION, query(request, user));
  }

  /** The query of a search, permissions included (separate for the unit tests). */
  static SearchQuery query(TicketSearchRequest request, CurrentUser user) {
    SearchQuery.Builder query =
        TicketSearchPermissions.restrict(SearchQuery.text(request.text()), user);
    if (!request.statuses().isEmpty()) {
      query.filter(Filter.anyOf(TicketIndex.STATUS, request.statuses()));
    }
    if (!request.priorities().isEmpty()) {
      query.filter(Filter.anyOf(TicketIndex.PRIORITY, request.priorities()));
    }
    return query
        .facet(TicketIndex.STATUS)
        .facet(TicketIndex.PRIORITY)
        .sort(request.sort())
        .pageSize(request.limit())
        .after(request.cursor())
        .build();
  }

  /**
   * Tickets like the given one, among those the caller may see; 404 when the caller may not see the
   * ticket itself (whether or not it exists).
   */
  public SearchPage similar(long id, int limit, CurrentUser user) {
    queries.visible(id, user);
    SearchQuery query =
        TicketSearchPermissions.restrict(SearchQuery.likeDocument(String.valueOf(id)), user)
            .pageSize(limit)
            .build();
    return engine.search(TicketIndex.DEFINITION, query);
  }
}
