package io.ticketknowledge.platform.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of hits. {@code total} counts every allowed match (not just this page); facets count
 * values over all allowed matches, most frequent first, ties by value. {@code nextCursor} is empty
 * on the last page.
 */
public record SearchPage(
    List<SearchHit> hits,
    long total,
    Map<String, List<FacetCount>> facets,
    Optional<String> nextCursor) {

  public SearchPage {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** No hits; every requested facet present with no values. */
  public static SearchPage empty(SearchQuery query) {
    Map<String, List<FacetCount>> facets = new java.util.LinkedHashMap<>();
    query.facets().forEach(f -> facets.put(f, List.of()));
    return new SearchPage(List.of(), 0, facets, Optional.empty());
  }

  public List<String> ids() {
    return hits.stream().map(SearchHit::id).toList();
  }
}
