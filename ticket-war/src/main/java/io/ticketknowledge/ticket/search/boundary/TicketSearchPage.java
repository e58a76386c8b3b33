package io.ticketknowledge.ticket.search.boundary;

import io.ticketknowledge.platform.search.FacetCount;
import io.ticketknowledge.platform.search.SearchPage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of found tickets: {@code total} and {@code facets} count every match the caller may see,
 * not just this page; {@code nextCursor} is absent on the last page.
 */
public record TicketSearchPage(
    List<TicketHitView> items,
    long total,
    Map<String, List<FacetCount>> facets,
    String nextCursor) {

  static TicketSearchPage of(SearchPage page) {
    return new TicketSearchPage(
        page.hits().stream().map(TicketHitView::of).toList(),
        page.total(),
        new TreeMap<>(page.facets()),
        page.nextCursor().orElse(null));
  }
}
