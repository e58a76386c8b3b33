package io.ticketknowledge.platform.search.reindex;

import io.ticketknowledge.platform.search.SearchDocument;
import java.time.Instant;
import java.util.List;

/**
 * The documents of one index as a business module reads them from its database, in ascending id
 * order, a page at a time ({@code WHERE id > :after ORDER BY id LIMIT :limit}). The job passes back
 * the id of the last document it wrote, so the source must interpret ids the way it orders them
 * (e.g. parse them as numbers).
 */
public interface DocumentSource {

  /** How many documents there are, for progress (an estimate is fine). */
  long count();

  /**
   * The next documents after {@code afterId} (null: from the start), at most {@code limit}, in
   * ascending id order; empty when there are no more.
   */
  List<SearchDocument> readAfter(String afterId, int limit);

  /**
   * Documents changed since {@code since} (the reindex's start; subtract a margin for clocks that
   * differ), after {@code afterId} in ascending id order, at most {@code limit}. Written through
   * the alias after the swap: changes that reached the old generation only during the run. Empty by
   * default (a source whose documents never change while it is reindexed).
   */
  default List<SearchDocument> changedSince(Instant since, String afterId, int limit) {
    return List.of();
  }
}
