package io.ticketknowledge.platform.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search port: full-text indexes described by {@link IndexDefinition}s. Adapters: Lucene on
 * local disk (embedded profile) and Elasticsearch (production), chosen by {@code
 * tk.search.adapter}; both analyze text the same way ({@link
 * io.ticketknowledge.platform.search.analysis.TextAnalysis}) and pass the same contract suite.
 *
 * <p>Each index is an alias over one physical generation {@code <name>-v<version>-<suffix>}. Writes
 * through the alias are visible to the next search. A reindex fills a new generation and swaps the
 * alias to it in one step.
 *
 * <p>Queries are checked against the definition: unknown fields, wrong field types, page sizes out
 * of bounds and cursors this port did not issue are rejected with {@link InvalidQueryException};
 * invalid documents with {@link IllegalArgumentException} (a programming error, not a client's). A
 * search service that does not answer is {@link SearchUnavailableException}, a passing fault.
 */
public interface SearchEngine extends AutoCloseable {

  /**
   * Makes sure the alias of the definition exists; creates an empty first generation if not. Every
   * other method calls it once per definition, so callers need not.
   *
   * @throws IllegalStateException if the alias serves the same version with other fields: a
   *     definition changed without a new version
   */
  IndexStatus ensureIndex(IndexDefinition definition);

  /**
   * Adds or replaces the document; for a {@linkplain IndexDefinition#versionedBy versioned}
   * definition only when the index holds no document of that id at the same or a newer version.
   *
   * @return whether the document was written
   */
  boolean index(IndexDefinition definition, SearchDocument document);

  /**
   * Adds or replaces the documents in one request (versioned definitions: like {@link #index}).
   *
   * @return how many were written
   */
  int bulk(IndexDefinition definition, List<SearchDocument> documents);

  /** Removes the document; false if there was none. */
  boolean delete(IndexDefinition definition, String id);

  /** The document as indexed (all fields, stored or not), if there is one. */
  Optional<SearchDocument> get(IndexDefinition definition, String id);

  /**
   * The documents as indexed, by id, in one request where the adapter can (a consumer compares a
   * whole batch with what is indexed); ids without a document are absent from the map.
   */
  default Map<String, SearchDocument> getAll(IndexDefinition definition, Collection<String> ids) {
    Map<String, SearchDocument> found = new LinkedHashMap<>();
    for (String id : ids) {
      get(definition, id).ifPresent(document -> found.put(id, document));
    }
    return found;
  }

  /**
   * Replaces the given fields of an indexed document (a null value removes the field); false if
   * there is no such document, or, for a versioned definition, when the changes do not raise its
   * version.
   */
  default boolean update(IndexDefinition definition, String id, Map<String, Object> changes) {
    Optional<SearchDocument> current = get(definition, id);
    if (current.isEmpty()) {
      return false;
    }
    Map<String, Object> fields = new LinkedHashMap<>(current.get().fields());
    changes.forEach(
        (name, value) -> {
          if (value == null) {
            fields.remove(name);
          } else {
            fields.put(name, value);
          }
        });
    return index(definition, new SearchDocument(id, fields));
  }

  SearchPage search(IndexDefinition definition, SearchQuery query);

  // ---- generations, for the reindex job ----

  /** The physical index the alias serves, if the alias exists. */
  Optional<String> activeGeneration(IndexDefinition definition);

  /** Creates an empty physical index for the definition; the alias does not move. */
  String createGeneration(IndexDefinition definition);

  boolean generationExists(IndexDefinition definition, String generation);

  /**
   * Adds or replaces documents in a generation that the alias may not serve yet (versioned
   * definitions: like {@link #index}).
   *
   * @return how many were written
   */
  int bulkInto(IndexDefinition definition, String generation, List<SearchDocument> documents);

  /** Points the alias at the generation in one step; the other generations stay. */
  void switchTo(IndexDefinition definition, String generation);

  /** Deletes every generation of the index name but {@code kept}. */
  void dropOthers(IndexDefinition definition, String kept);

  /** Points the alias at the generation in one step and deletes the other generations. */
  default void activate(IndexDefinition definition, String generation) {
    switchTo(definition, generation);
    dropOthers(definition, generation);
  }

  /** Deletes the alias and every generation of the index name (tests, retiring an index). */
  void drop(IndexDefinition definition);

  @Override
  void close();
}
