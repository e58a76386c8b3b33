package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report's period and groups as the API takes them, parsed once (parse, don't validate): {@code
 * from} and {@code to} are days (both inclusive) in {@code zone} (an IANA zone, default UTC), at
 * most {@link #MAX_DAYS} days apart, {@code to} defaulting to today and {@code from} to 29 days
 * before it; {@code group} holds support group ids (repeated or comma-separated). Anything else, or
 * a bad value, is a 400 naming the parameter before any query runs.
 *
 * @param fromGiven whether {@code from} was asked for (the backlog counts every open ticket when
 *     not)
 */
public record ReportRequest(
    LocalDate from, LocalDate to, ZoneId zone, Set<Long> groupIds, boolean fromGiven) {

  /** A year and a day: a leap year's daily series fits. */
  public static final int MAX_DAYS = 366;

  public static final List<String> PARAMETERS = List.of("from", "to", "zone", "group");
  static final int MAX_GROUPS = 50;

  public ReportRequest {
    groupIds = Set.copyOf(groupIds);
  }

  /**
   * @param extra further parameters the endpoint takes itself (e.g. {@code format})
   */
  public static ReportRequest parse(
      Map<String, List<String>> parameters, Set<String> extra, Instant now) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name) && !extra.contains(name)) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "report.unknown-parameter",
            cut(name),
            String.join(", ", PARAMETERS));
      }
    }
    ZoneId zone = zone(single(parameters, "zone"));
    String toText = single(parameters, "to");
    String fromText = single(parameters, "from");
    LocalDate to = toText == null ? LocalDate.ofInstant(now, zone) : day("to", toText);
    LocalDate from = fromText == null ? to.minusDays(29) : day("from", fromText);
    if (from.isAfter(to)) {
      throw bad("from", fromText, "a day on or before to (" + to + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw bad("from", String.valueOf(from), "at most " + MAX_DAYS + " days before to");
    }
    return new ReportRequest(from, to, zone, groups(parameters), fromText != null);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static String single(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw bad(name, String.join(",", values), "one value");
    }
    return values.isEmpty() || values.get(0) == null || values.get(0).isBlank()
        ? null
        : values.get(0).strip();
  }

  private static ZoneId zone(String name) {
    if (name == null) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException unknown) {
      throw bad("zone", name, "a time zone such as Asia/Taipei or UTC");
    }
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException notADay) {
      throw bad(name, value, "a day such as 2026-03-01");
    }
  }

  private static Set<Long> groups(Map<String, List<String>> parameters) {
    List<String> values = new ArrayList<>();
    for (String item : parameters.getOrDefault("group", List.of())) {
      for (String part : item == null ? new String[0] : item.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    if (values.size() > MAX_GROUPS) {
      throw bad("group", values.size() + " values", "at most " + MAX_GROUPS);
    }
    Set<Long> ids = new TreeSet<>();
    for (String value : values) {
      try {
        long id = Long.parseLong(value);
        if (id <= 0) {
          throw new NumberFormatException();
        }
        ids.add(id);
      } catch (NumberFormatException notAnId) {
        throw bad("group", value, "a support group id");
      }
    }
    return ids;
  }

  private static ApiException bad(String name, String value, String expected) {
    return new ApiException(
        ProblemKind.BAD_REQUEST, "report.bad-parameter", name, cut(value), expected);
  }

  private static String cut(String value) {
    return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
