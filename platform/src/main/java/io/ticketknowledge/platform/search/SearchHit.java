package io.ticketknowledge.platform.search;

import java.util.Map;

/**
 * One hit: the id, the relevance score (engine-specific scale, only comparable within one result),
 * the stored field values and, per matched text field, a snippet of its original text.
 */
public record SearchHit(
    String id, double score, Map<String, Object> fields, Map<String, Snippet> snippets) {

  public SearchHit {
    fields = Map.copyOf(fields);
    snippets = Map.copyOf(snippets);
  }
}
