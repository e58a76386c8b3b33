package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.platform.search.FacetCount;
import java.util.List;
import java.util.Map;

/** Hits of one page, the total and facets over every allowed match, the next page's cursor. */
public record ArticleSearchPage(
    List<ArticleHitView> hits,
    long total,
    Map<String, List<FacetCount>> facets,
    String nextCursor) {}
