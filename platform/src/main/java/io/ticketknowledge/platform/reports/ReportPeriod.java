package io.ticketknowledge.platform.reports;

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

/**
 * A report's period as the API takes it, parsed once (parse, don't validate): {@code from} and
 * {@code to} are days (both inclusive) in {@code zone} (an IANA zone, default UTC), at most {@link
 * #MAX_DAYS} days apart, {@code to} defaulting to today in the zone and {@code from} to 29 days
 * before it. A bad value, or a parameter the report does not take, is a 400 naming it before any
 * query runs. Both modules' reports use it.
 *
 * @param fromGiven whether {@code from} was asked for
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone, boolean fromGiven) {

  /** A year and a day: a leap year's daily series fits. */
  public static final int MAX_DAYS = 366;

  public static final List<String> PARAMETERS = List.of("from", "to", "zone");

  /**
   * @param others the report's other parameters (e.g. {@code group}, {@code format})
   */
  public static ReportPeriod parse(
      Map<String, List<String>> parameters, Set<String> others, Instant now) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name) && !others.contains(name)) {
        List<String> known = new ArrayList<>(PARAMETERS);
        others.stream().sorted().forEach(known::add);
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "report.unknown-parameter",
            cut(name),
            String.join(", ", known));
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
      throw bad("from", String.valueOf(from), "at most " + MAX_DAYS + " days up to to");
    }
    return new ReportPeriod(from, to, zone, fromText != null);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public static ApiException bad(String name, String value, String expected) {
    return new ApiException(
        ProblemKind.BAD_REQUEST, "report.bad-parameter", name, cut(value), expected);
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

  private static String cut(String value) {
    return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
