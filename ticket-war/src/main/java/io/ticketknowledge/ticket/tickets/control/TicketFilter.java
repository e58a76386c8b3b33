package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.customfields.control.FieldFilter;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketQueue;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A ticket list's filter as the API takes it, parsed once (parse, don't validate): every field is
 * typed, every bad field or value is a 400 naming it, before any query runs. The same parser reads
 * the list's query parameters, a saved view's stored filter and a bulk action's filter, so all
 * three accept exactly the same fields.
 *
 * <p>Fields (repeated or comma-separated values mean "any of"): {@code queue} (all, mine,
 * my-groups, unassigned, requested), {@code status}, {@code priority}, {@code type}, {@code group}
 * (ids or {@code none}), {@code assignee} (user ids or {@code none}), {@code requester} (user ids),
 * {@code tag}, {@code category} (ids), {@code createdFrom}, {@code createdTo}, {@code updatedFrom},
 * {@code updatedTo} (a date, meaning that whole day in UTC, or an ISO-8601 instant with offset;
 * from inclusive, to exclusive for instants and inclusive for dates).
 */
public record TicketFilter(
    TicketQueue queue,
    Set<TicketStatus> statuses,
    Set<TicketPriority> priorities,
    Set<TicketType> types,
    Set<Long> groupIds,
    boolean inNoGroup,
    Set<String> assigneeIds,
    boolean unassigned,
    Set<String> requesterIds,
    Set<String> tags,
    Set<Long> categoryIds,
    OffsetDateTime createdFrom,
    OffsetDateTime createdBefore,
    OffsetDateTime updatedFrom,
    OffsetDateTime updatedBefore,
    List<FieldFilter> fields) {

  /** The filter fields, in the order the canonical form lists them. */
  public static final List<String> FIELDS =
      List.of(
          "queue",
          "status",
          "priority",
          "type",
          "group",
          "assignee",
          "requester",
          "tag",
          "category",
          "createdFrom",
          "createdTo",
          "updatedFrom",
          "updatedTo",
          "field");

  /** Parameters of the list that are not filters. */
  public static final Set<String> PAGING = Set.of("sort", "cursor", "limit");

  static final int MAX_VALUES = 50;
  static final int MAX_VALUE_LENGTH = 255;

  public static final TicketFilter NONE = parse(Map.of());

  public TicketFilter {
    statuses = Set.copyOf(statuses);
    priorities = Set.copyOf(priorities);
    types = Set.copyOf(types);
    groupIds = Set.copyOf(groupIds);
    assigneeIds = Set.copyOf(assigneeIds);
    requesterIds = Set.copyOf(requesterIds);
    tags = Set.copyOf(tags);
    categoryIds = Set.copyOf(categoryIds);
    fields = List.copyOf(fields);
  }

  /**
   * Parses query parameters (or a stored filter); {@link #PAGING} parameters are skipped, any other
   * unknown one is a 400.
   */
  public static TicketFilter parse(Map<String, List<String>> parameters) {
    for (String name : parameters.keySet()) {
      if (!FIELDS.contains(name) && !PAGING.contains(name)) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "ticket.filter.unknown-field",
            name,
            String.join(", ", FIELDS));
      }
    }
    List<String> queue = values(parameters, "queue");
    if (queue.size() > 1) {
      throw bad(
          "queue", String.join(",", queue), "one of all, mine, my-groups, unassigned, requested");
    }
    List<String> groups = values(parameters, "group");
    List<String> assignees = values(parameters, "assignee");
    return new TicketFilter(
        queue.isEmpty() ? TicketQueue.ALL : queue(queue.get(0)),
        enums(parameters, "status", TicketStatus.class, TicketStatus::valueOf),
        enums(
            parameters,
            "priority",
            TicketPriority.class,
            v -> TicketPriority.parse(v).orElseThrow(IllegalArgumentException::new)),
        enums(parameters, "type", TicketType.class, TicketType::valueOf),
        ids("group", groups.stream().filter(v -> !v.equalsIgnoreCase("none")).toList()),
        groups.stream().anyMatch(v -> v.equalsIgnoreCase("none")),
        new TreeSet<>(assignees.stream().filter(v -> !v.equalsIgnoreCase("none")).toList()),
        assignees.stream().anyMatch(v -> v.equalsIgnoreCase("none")),
        new TreeSet<>(values(parameters, "requester")),
        values(parameters, "tag").isEmpty()
            ? Set.of()
            : TicketTags.normalized(values(parameters, "tag")),
        ids("category", values(parameters, "category")),
        instant(parameters, "createdFrom", false),
        instant(parameters, "createdTo", true),
        instant(parameters, "updatedFrom", false),
        instant(parameters, "updatedTo", true),
        FieldFilter.parseAll(values(parameters, "field")));
  }

  /** Parses the canonical form ({@link #toQuery}) of a stored filter. */
  public static TicketFilter parseQuery(String query) {
    return parse(decode(query));
  }

  /** The filter in its canonical query form, e.g. {@code status=OPEN,PENDING&tag=vpn}. */
  public String toQuery() {
    return encode(toParameters());
  }

  /** The filter as parameters (only those that filter), in {@link #FIELDS} order. */
  public Map<String, List<String>> toParameters() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (queue != TicketQueue.ALL) {
      out.put("queue", List.of(queue.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    put(out, "status", names(statuses));
    put(out, "priority", names(priorities));
    put(out, "type", names(types));
    List<String> groups = new ArrayList<>(sorted(groupIds));
    if (inNoGroup) {
      groups.add("none");
    }
    put(out, "group", groups);
    List<String> assignees = new ArrayList<>(sorted(assigneeIds));
    if (unassigned) {
      assignees.add("none");
    }
    put(out, "assignee", assignees);
    put(out, "requester", sorted(requesterIds));
    put(out, "tag", sorted(tags));
    put(out, "category", sorted(categoryIds));
    putTime(out, "createdFrom", createdFrom);
    putTime(out, "createdTo", createdBefore);
    putTime(out, "updatedFrom", updatedFrom);
    putTime(out, "updatedTo", updatedBefore);
    put(out, "field", fields.stream().map(FieldFilter::canonical).toList());
    return out;
  }

  /**
   * Adds this filter's conditions on alias {@code t} to {@code conditions}, its parameters to
   * {@code parameters} (all named {@code f_*}).
   */
  void addConditions(List<String> conditions, Map<String, Object> parameters, TicketViewer viewer) {
    String me = viewer.userId() == null ? "" : viewer.userId();
    switch (queue) {
      case MINE -> {
        conditions.add("t.assigneeId = :f_me");
        parameters.put("f_me", me);
      }
      case MY_GROUPS -> {
        if (viewer.groupIds().isEmpty()) {
          conditions.add("1 = 0");
        } else {
          conditions.add("t.groupId IN :f_myGroups");
          parameters.put("f_myGroups", viewer.groupIds());
        }
      }
      case UNASSIGNED -> conditions.add("t.assigneeId IS NULL");
      case REQUESTED -> {
        conditions.add("t.requesterId = :f_me");
        parameters.put("f_me", me);
      }
      case ALL -> {
        // no narrowing
      }
    }
    in(conditions, parameters, "t.status", "f_status", statuses);
    in(conditions, parameters, "t.priority", "f_priority", priorities);
    in(conditions, parameters, "t.type", "f_type", types);
    orNull(conditions, parameters, "t.groupId", "f_group", groupIds, inNoGroup);
    orNull(conditions, parameters, "t.assigneeId", "f_assignee", assigneeIds, unassigned);
    in(conditions, parameters, "t.requesterId", "f_requester", requesterIds);
    in(conditions, parameters, "t.categoryId", "f_category", categoryIds);
    if (!tags.isEmpty()) {
      conditions.add("t.id IN (SELECT tt.id FROM Ticket tt JOIN tt.tags tg WHERE tg IN :f_tags)");
      parameters.put("f_tags", tags);
    }
    range(conditions, parameters, "t.createdAt", "f_createdFrom", createdFrom, ">=");
    range(conditions, parameters, "t.createdAt", "f_createdTo", createdBefore, "<");
    range(conditions, parameters, "t.updatedAt", "f_updatedFrom", updatedFrom, ">=");
    range(conditions, parameters, "t.updatedAt", "f_updatedTo", updatedBefore, "<");
    for (int i = 0; i < fields.size(); i++) {
      conditions.add(fields.get(i).jpql(i));
      fields.get(i).bind(parameters, i);
    }
  }

  private static void in(
      List<String> conditions,
      Map<String, Object> parameters,
      String path,
      String name,
      Set<?> values) {
    if (!values.isEmpty()) {
      conditions.add(path + " IN :" + name);
      parameters.put(name, values);
    }
  }

  private static void orNull(
      List<String> conditions,
      Map<String, Object> parameters,
      String path,
      String name,
      Set<?> values,
      boolean orNone) {
    if (values.isEmpty() && orNone) {
      conditions.add(path + " IS NULL");
    } else if (!values.isEmpty()) {
      conditions.add(
          orNone
              ? "(" + path + " IN :" + name + " OR " + path + " IS NULL)"
              : path + " IN :" + name);
      parameters.put(name, values);
    }
  }

  private static void range(
      List<String> conditions,
      Map<String, Object> parameters,
      String path,
      String name,
      OffsetDateTime value,
      String operator) {
    if (value != null) {
      conditions.add(path + " " + operator + " :" + name);
      parameters.put(name, value);
    }
  }

  private static List<String> values(Map<String, List<String>> parameters, String name) {
    List<String> values = new ArrayList<>();
    for (String item : parameters.getOrDefault(name, List.of())) {
      if (item == null) {
        continue;
      }
      for (String part : item.split(",")) {
        String value = part.strip();
        if (value.isEmpty()) {
          continue;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
          throw bad(
              name, value.substring(0, 20) + "…", "at most " + MAX_VALUE_LENGTH + " characters");
        }
        values.add(value);
      }
    }
    if (values.size() > MAX_VALUES) {
      throw bad(name, values.size() + " values", "at most " + MAX_VALUES);
    }
    return values;
  }

  private static <E extends Enum<E>> Set<E> enums(
      Map<String, List<String>> parameters,
      String name,
      Class<E> type,
      Function<String, E> parser) {
    Set<E> parsed = new TreeSet<>();
    for (String value : values(parameters, name)) {
      try {
        parsed.add(parser.apply(value.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException unknown) {
        throw bad(
            name,
            value,
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
      }
    }
    return parsed;
  }

  private static Set<Long> ids(String name, List<String> values) {
    Set<Long> ids = new TreeSet<>();
    for (String value : values) {
      try {
        long id = Long.parseLong(value);
        if (id <= 0) {
          throw new NumberFormatException();
        }
        ids.add(id);
      } catch (NumberFormatException notAnId) {
        throw bad(name, value, name.equals("group") ? "a group id or none" : "an id");
      }
    }
    return ids;
  }

  private static TicketQueue queue(String name) {
    try {
      return TicketQueue.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.unknown-queue", name);
    }
  }

  /**
   * A date (that day in UTC: its start for "from", the next day's start for "to") or an instant
   * with offset.
   */
  private static OffsetDateTime instant(
      Map<String, List<String>> parameters, String name, boolean upperBound) {
    List<String> values = values(parameters, name);
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw bad(name, String.join(",", values), "one date or instant");
    }
    String value = values.get(0);
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (upperBound ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notATime) {
      throw bad(name, value, "a date (2026-03-01) or an instant (2026-03-01T08:00:00+08:00)");
    }
  }

  private static ApiException bad(String field, String value, String expected) {
    return new ApiException(
        ProblemKind.BAD_REQUEST, "ticket.filter.bad-value", field, value, expected);
  }

  private static void put(Map<String, List<String>> out, String name, List<String> values) {
    if (!values.isEmpty()) {
      out.put(name, values);
    }
  }

  private static void putTime(Map<String, List<String>> out, String name, OffsetDateTime time) {
    if (time != null) {
      out.put(name, List.of(time.toString()));
    }
  }

  private static List<String> names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  private static List<String> sorted(Set<?> values) {
    return values.stream().map(String::valueOf).sorted().toList();
  }

  private static String encode(Map<String, List<String>> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + e.getValue().stream()
                        .map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8))
                        .collect(Collectors.joining(",")))
        .collect(Collectors.joining("&"));
  }

  private static Map<String, List<String>> decode(String query) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query == null || query.isBlank()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      List<String> decoded = new ArrayList<>();
      for (String part : value.split(",")) {
        decoded.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
      }
      parameters
          .computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(String.join(",", decoded));
    }
    return parameters;
  }
}
