package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.analysis.Glossary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search: what to match (free text, or documents like a given one or a given text), which
 * documents are allowed, how to order and page them, and which facets to count.
 *
 * <p>Permissions are filters the caller must not forget: the adapters apply them inside the query,
 * so a forbidden document never shows up in hits, totals or facet counts.
 */
public final class SearchQuery {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_TEXT_LENGTH = 1000;

  /** What the query matches on. */
  public enum Mode {
    /** Free text over the text fields; blank text matches every allowed document. */
    TEXT,
    /** Documents similar to the stored document with id {@link #likeId()}; it is not a hit. */
    LIKE_DOCUMENT,
    /** Documents similar to the given {@link #text()}. */
    LIKE_TEXT
  }

  private final Mode mode;
  private final String text;
  private final String likeId;
  private final List<Filter> filters;
  private final List<Filter> permissions;
  private final Set<String> hidden;
  private final Map<String, Filter.AnyOf> shownWhere;
  private final List<String> facets;
  private final int facetSize;
  private final SortOrder sort;
  private final int pageSize;
  private final String cursor;
  private final Glossary glossary;

  private SearchQuery(Builder b) {
    this.mode = b.mode;
    this.text = b.text == null ? "" : b.text.strip();
    this.likeId = b.likeId;
    this.filters = List.copyOf(b.filters);
    this.permissions = List.copyOf(b.permissions);
    this.hidden = Set.copyOf(b.hidden);
    this.shownWhere = Map.copyOf(b.shownWhere);
    this.facets = List.copyOf(b.facets);
    this.facetSize = b.facetSize;
    this.sort = b.sort;
    this.pageSize = b.pageSize;
    this.cursor = b.cursor;
    this.glossary = b.glossary == null ? Glossary.seed() : b.glossary;
  }

  public static Builder text(String text) {
    Builder b = new Builder();
    b.mode = Mode.TEXT;
    b.text = text;
    return b;
  }

  public static Builder all() {
    return text("");
  }

  public static Builder likeDocument(String id) {
    Builder b = new Builder();
    b.mode = Mode.LIKE_DOCUMENT;
    b.likeId = id;
    return b;
  }

  public static Builder likeText(String text) {
    Builder b = new Builder();
    b.mode = Mode.LIKE_TEXT;
    b.text = text;
    return b;
  }

  public Mode mode() {
    return mode;
  }

  public String text() {
    return text;
  }

  public String likeId() {
    return likeId;
  }

  public List<Filter> filters() {
    return filters;
  }

  public List<Filter> permissions() {
    return permissions;
  }

  /** Fields the caller may not read ({@link Builder#hide}). */
  public Set<String> hidden() {
    return hidden;
  }

  /** Fields the caller may read only on some documents ({@link Builder#showOnlyWhere}). */
  public Map<String, Filter.AnyOf> shownWhere() {
    return shownWhere;
  }

  /**
   * The text fields this query matches on: the definition's, less the hidden ones (those shown only
   * where a condition holds are matched only there: {@link #shownWhere}).
   */
  public List<FieldDefinition> textFields(IndexDefinition definition) {
    return definition.fieldsOf(FieldType.TEXT).stream()
        .filter(field -> !hidden.contains(field.name()))
        .toList();
  }

  /** The text fields every allowed document shows: what "more like this" compares. */
  public List<FieldDefinition> openTextFields(IndexDefinition definition) {
    return textFields(definition).stream()
        .filter(field -> !shownWhere.containsKey(field.name()))
        .toList();
  }

  /**
   * A document's values less the fields the caller may not read on it: what a hit, its snippets and
   * "like" may use.
   */
  public Map<String, Object> visible(Map<String, Object> fields) {
    if (hidden.isEmpty() && shownWhere.isEmpty()) {
      return fields;
    }
    Map<String, Object> visible = new LinkedHashMap<>(fields);
    visible.keySet().removeAll(hidden);
    shownWhere.forEach(
        (field, condition) -> {
          if (!holds(condition, fields.get(condition.field()))) {
            visible.remove(field);
          }
        });
    return visible;
  }

  private static boolean holds(Filter.AnyOf condition, Object value) {
    if (value instanceof java.util.Collection<?> values) {
      return values.stream().anyMatch(v -> condition.values().contains(String.valueOf(v)));
    }
    return value != null && condition.values().contains(String.valueOf(value));
  }

  /** Filters and permissions: what every hit, total and facet count must satisfy. */
  public List<Filter> allConditions() {
    List<Filter> all = new ArrayList<>(permissions);
    all.addAll(filters);
    return all;
  }

  public List<String> facets() {
    return facets;
  }

  public int facetSize() {
    return facetSize;
  }

  public SortOrder sort() {
    return sort;
  }

  public int pageSize() {
    return pageSize;
  }

  /** The cursor of the previous page, or null for the first page. */
  public String cursor() {
    return cursor;
  }

  /**
   * The synonym sets a free-text query also looks for (query time only): the one given, or the
   * platform's seed glossary.
   */
  public Glossary glossary() {
    return glossary;
  }

  /** Builds a query; {@link QueryCheck} validates it against the index definition. */
  public static final class Builder {
    private Mode mode;
    private String text;
    private String likeId;
    private final List<Filter> filters = new ArrayList<>();
    private final List<Filter> permissions = new ArrayList<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private final Map<String, Filter.AnyOf> shownWhere = new LinkedHashMap<>();
    private final List<String> facets = new ArrayList<>();
    private int facetSize = 10;
    private SortOrder sort = SortOrder.relevance();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private String cursor;
    private Glossary glossary;

    private Builder() {}

    /** The glossary of synonyms and regional terms to expand the text with (default: the seed). */
    public Builder glossary(Glossary glossary) {
      this.glossary = glossary;
      return this;
    }

    public Builder filter(Filter filter) {
      filters.add(filter);
      return this;
    }

    /** Only documents whose keyword field holds one of the values (an empty set allows none). */
    public Builder permit(String field, Set<String> allowedValues) {
      permissions.add(new Filter.AnyOf(field, allowedValues));
      return this;
    }

    /**
     * A field the caller may not read, a permission like {@link #permit}: the query does not match
     * on it, and hits carry neither its value nor a snippet of it (e.g. internal notes for a
     * requester).
     */
    public Builder hide(String field) {
      hidden.add(field);
      return this;
    }

    /**
     * A text field the caller may read only on documents whose keyword field holds one of the
     * condition's values (e.g. internal notes only on the tickets an agent works): elsewhere the
     * query does not match on it and hits carry neither its value nor a snippet of it.
     */
    public Builder showOnlyWhere(String field, Filter.AnyOf condition) {
      shownWhere.put(field, condition);
      return this;
    }

    public Builder facet(String keywordField) {
      facets.add(keywordField);
      return this;
    }

    public Builder facetSize(int size) {
      this.facetSize = size;
      return this;
    }

    public Builder sort(SortOrder sort) {
      this.sort = sort == null ? SortOrder.relevance() : sort;
      return this;
    }

    public Builder pageSize(int size) {
      this.pageSize = size;
      return this;
    }

    public Builder after(String cursor) {
      this.cursor = cursor == null || cursor.isEmpty() ? null : cursor;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(this);
    }
  }
}
