package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Searches tickets, always within what the caller may see. */
@ApplicationScoped
public class TicketSearch {

  @Inject SearchEngine engine;

  @Inject TicketQueries queries;

  @Inject TicketViewers viewers;

  public SearchPage search(TicketSearchRequest request, CurrentUser user) {
    return engine.search(TicketIndex.DEFINITION, query(request, viewers.of(user)));
  }

  /** The query of a search, permissions included (separate for the unit tests). */
  static SearchQuery query(TicketSearchRequest request, TicketViewer viewer) {
    SearchQuery.Builder query =
        TicketSearchPermissions.restrict(SearchQuery.text(request.text()), viewer);
    if (!request.statuses().isEmpty()) {
      query.filter(Filter.anyOf(TicketIndex.STATUS, request.statuses()));
    }
    if (!request.priorities().isEmpty()) {
      query.filter(Filter.anyOf(TicketIndex.PRIORITY, request.priorities()));
    }
    if (!request.tags().isEmpty()) {
      query.filter(Filter.anyOf(TicketIndex.TAGS, request.tags()));
    }
    for (String field : request.customFields()) {
      query.filter(Filter.term(TicketIndex.CUSTOM_FIELDS, field));
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
    TicketViewer viewer = viewers.of(user);
    queries.visible(id, viewer);
    SearchQuery query =
        TicketSearchPermissions.restrict(SearchQuery.likeDocument(String.valueOf(id)), viewer)
            .pageSize(limit)
            .build();
    return engine.search(TicketIndex.DEFINITION, query);
  }
}
