package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.platform.reports.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Ticket report's parameters, parsed once (parse, don't validate): the period ({@link
 * ReportPeriod}: {@code from}, {@code to}, {@code zone}) and {@code group}, support group ids
 * (repeated or comma-separated). Anything else, or a bad value, is a 400 naming the parameter.
 */
public record ReportRequest(ReportPeriod period, Set<Long> groupIds) {

  static final int MAX_GROUPS = 50;

  public ReportRequest {
    groupIds = Set.copyOf(groupIds);
  }

  /**
   * @param extra further parameters the endpoint takes itself (e.g. {@code format})
   */
  public static ReportRequest parse(
      Map<String, List<String>> parameters, Set<String> extra, Instant now) {
    Set<String> others = new HashSet<>(extra);
    others.add("group");
    return new ReportRequest(ReportPeriod.parse(parameters, others, now), groups(parameters));
  }

  public LocalDate from() {
    return period.from();
  }

  public LocalDate to() {
    return period.to();
  }

  public ZoneId zone() {
    return period.zone();
  }

  /** Whether {@code from} was asked for (the backlog counts every open ticket when not). */
  public boolean fromGiven() {
    return period.fromGiven();
  }

  public Instant start() {
    return period.start();
  }

  public Instant end() {
    return period.end();
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
      throw ReportPeriod.bad("group", values.size() + " values", "at most " + MAX_GROUPS);
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
        throw ReportPeriod.bad("group", value, "a support group id");
      }
    }
    return ids;
  }
}
