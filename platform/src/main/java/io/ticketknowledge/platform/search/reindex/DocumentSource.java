package io.ticketknowledge.platform.search.reindex;

import io.ticketknowledge.platform.search.SearchDocument;
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
}
