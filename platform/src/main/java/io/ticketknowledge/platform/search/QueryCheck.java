package io.ticketknowledge.platform.search;

import java.time.Instant;

/**
 * Checks a query against the index definition before an adapter runs it, so both adapters reject
 * the same queries the same way (400 problems with keys of the platform bundles).
 */
public final class QueryCheck {

  private QueryCheck() {}

  /** Returns the decoded cursor, or null on the first page. */
  public static Cursor check(IndexDefinition definition, SearchQuery query) {
    if (query.pageSize() < 1 || query.pageSize() > SearchQuery.MAX_PAGE_SIZE) {
      throw bad("search.page-size", SearchQuery.MAX_PAGE_SIZE);
    }
    if (query.facetSize() < 1 || query.facetSize() > SearchQuery.MAX_PAGE_SIZE) {
      throw bad("search.facet-size", SearchQuery.MAX_PAGE_SIZE);
    }
    if (query.text().length() > SearchQuery.MAX_TEXT_LENGTH) {
      throw bad("search.text-too-long", SearchQuery.MAX_TEXT_LENGTH);
    }
    if (query.mode() == SearchQuery.Mode.LIKE_DOCUMENT
        && (query.likeId() == null || query.likeId().isBlank())) {
      throw bad("search.like-id-missing");
    }
    for (Filter filter : query.allConditions()) {
      if (filter instanceof Filter.Range range) {
        checkRange(definition, range);
      } else {
        field(definition, filter.field(), FieldType.KEYWORD, "filter");
      }
    }
    for (String hidden : query.hidden()) {
      known(definition, hidden);
    }
    query
        .shownWhere()
        .forEach(
            (shown, condition) -> {
              field(definition, shown, FieldType.TEXT, "showOnlyWhere");
              field(definition, condition.field(), FieldType.KEYWORD, "filter");
            });
    for (String facet : query.facets()) {
      field(definition, facet, FieldType.KEYWORD, "facet");
    }
    SortOrder sort = query.sort();
    if (!sort.byRelevance()) {
      FieldDefinition field = known(definition, sort.field());
      if (field.type() != FieldType.DATE && field.type() != FieldType.LONG) {
        throw bad("search.field-wrong-type", field.name(), "sort");
      }
    }
    return query.cursor() == null ? null : Cursor.decode(query.cursor(), sort);
  }

  private static void checkRange(IndexDefinition definition, Filter.Range range) {
    FieldDefinition field = known(definition, range.field());
    Class<?> expected =
        switch (field.type()) {
          case DATE -> Instant.class;
          case LONG -> Long.class;
          default -> throw bad("search.field-wrong-type", field.name(), "range");
        };
    for (Object bound : new Object[] {range.from(), range.to()}) {
      if (bound != null && !expected.isInstance(bound)) {
        throw bad("search.field-wrong-type", field.name(), "range");
      }
    }
  }

  private static void field(
      IndexDefinition definition, String name, FieldType expected, String use) {
    if (known(definition, name).type() != expected) {
      throw bad("search.field-wrong-type", name, use);
    }
  }

  private static FieldDefinition known(IndexDefinition definition, String name) {
    return definition
        .field(name)
        .orElseThrow(() -> bad("search.unknown-field", name, definition.name()));
  }

  private static InvalidQueryException bad(String key, Object... args) {
    return new InvalidQueryException(key, args);
  }

  /** Milliseconds since the epoch of a date bound, or the number itself. */
  public static Long boundValue(Object bound) {
    if (bound == null) {
      return null;
    }
    return bound instanceof Instant instant ? instant.toEpochMilli() : (Long) bound;
  }
}
