package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.SortOrder;
import io.ticketknowledge.ticket.customfields.control.FieldFilter;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ticket search as the API takes it, checked: every bad parameter is a 400 problem with a
 * localized detail, before the search engine is asked.
 *
 * @param statuses allowed statuses (empty: any)
 * @param priorities allowed priorities (empty: any)
 * @param cursor null on the first page
 */
public record TicketSearchRequest(
    String text,
    Set<String> statuses,
    Set<String> priorities,
    SortOrder sort,
    String cursor,
    int limit,
    Set<String> tags,
    Set<String> customFields) {

  public static final int DEFAULT_LIMIT = 20;
  static final int MAX_CURSOR_LENGTH = 500;

  /** The sort orders the API offers, by their names in {@code sort=}. */
  static final Map<String, SortOrder> SORTS = sorts();

  public TicketSearchRequest {
    statuses = Set.copyOf(statuses);
    priorities = Set.copyOf(priorities);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    customFields = customFields == null ? Set.of() : Set.copyOf(customFields);
  }

  /**
   * @param status values of repeated {@code status=} parameters, each possibly comma-separated
   * @param sort null: by relevance when there is text, else newest first
   */
  public static TicketSearchRequest of(
      String q,
      List<String> status,
      List<String> priority,
      String sort,
      String cursor,
      Integer limit) {
    return of(q, status, priority, null, sort, cursor, limit);
  }

  /**
   * @param tag values of repeated {@code tag=} parameters, each possibly comma-separated (any of
   *     them)
   */
  public static TicketSearchRequest of(
      String q,
      List<String> status,
      List<String> priority,
      List<String> tag,
      String sort,
      String cursor,
      Integer limit) {
    return of(q, status, priority, tag, null, sort, cursor, limit);
  }

  /**
   * @param field values of repeated {@code field=key:value} parameters (all must hold), as the
   *     ticket list takes them
   */
  public static TicketSearchRequest of(
      String q,
      List<String> status,
      List<String> priority,
      List<String> tag,
      List<String> field,
      String sort,
      String cursor,
      Integer limit) {
    String text = q == null ? "" : q.strip();
    if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
      throw bad("search.text-too-long", SearchQuery.MAX_TEXT_LENGTH);
    }
    int pageSize = limit == null ? DEFAULT_LIMIT : limit;
    if (pageSize < 1 || pageSize > SearchQuery.MAX_PAGE_SIZE) {
      throw bad("search.page-size", SearchQuery.MAX_PAGE_SIZE);
    }
    if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
      throw bad("problem.invalid-cursor.detail");
    }
    return new TicketSearchRequest(
        text,
        values("status", status, names(TicketStatus.values())),
        values("priority", priority, names(TicketPriority.values())),
        sortOrder(sort, text),
        cursor == null || cursor.isBlank() ? null : cursor.strip(),
        pageSize,
        tags(tag),
        FieldFilter.parseAll(field).stream()
            .map(TicketSearchRequest::indexedValue)
            .collect(java.util.stream.Collectors.toSet()));
  }

  /** The index holds custom fields as keywords: equality only, ranges are the list's. */
  private static String indexedValue(FieldFilter filter) {
    if (filter.isRange()) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST, "ticket.search.field-range-unsupported", filter.canonical());
    }
    return filter.key() + "=" + filter.value();
  }

  private static SortOrder sortOrder(String sort, String text) {
    if (sort == null || sort.isBlank()) {
      return text.isEmpty() ? SORTS.get("-createdAt") : SortOrder.relevance();
    }
    SortOrder order = SORTS.get(sort.strip());
    if (order == null) {
      throw bad("ticket.search.unknown-sort", sort, String.join(", ", SORTS.keySet()));
    }
    return order;
  }

  private static Set<String> values(String parameter, List<String> given, Set<String> allowed) {
    Set<String> values = new LinkedHashSet<>();
    if (given == null) {
      return values;
    }
    for (String item : given) {
      for (String part : item.split(",", -1)) {
        String value = part.strip().toUpperCase(Locale.ROOT);
        if (parameter.equals("priority")) {
          // the first API's names (URGENT, HIGH, NORMAL, LOW) still filter, as P1–P4
          value = TicketPriority.parse(value).map(Enum::name).orElse(value);
        }
        if (value.isEmpty() && item.isBlank()) {
          continue; // status= (empty) means no filter
        }
        if (!allowed.contains(value)) {
          throw bad("ticket.search.unknown-value", parameter, part, String.join(", ", allowed));
        }
        values.add(value);
      }
    }
    return values;
  }

  private static Set<String> tags(List<String> given) {
    List<String> tags = new java.util.ArrayList<>();
    if (given != null) {
      for (String item : given) {
        for (String part : item.split(",")) {
          if (!part.isBlank()) {
            tags.add(part);
          }
        }
      }
    }
    return io.ticketknowledge.ticket.tickets.control.TicketTags.normalized(tags);
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(Enum::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Map<String, SortOrder> sorts() {
    Map<String, SortOrder> sorts = new LinkedHashMap<>();
    sorts.put("relevance", SortOrder.relevance());
    sorts.put("-createdAt", SortOrder.descending(TicketIndex.CREATED_AT));
    sorts.put("createdAt", SortOrder.ascending(TicketIndex.CREATED_AT));
    sorts.put("-updatedAt", SortOrder.descending(TicketIndex.UPDATED_AT));
    sorts.put("updatedAt", SortOrder.ascending(TicketIndex.UPDATED_AT));
    return Collections.unmodifiableMap(sorts);
  }

  private static ApiException bad(String key, Object... args) {
    return new ApiException(ProblemKind.BAD_REQUEST, key, args);
  }
}
