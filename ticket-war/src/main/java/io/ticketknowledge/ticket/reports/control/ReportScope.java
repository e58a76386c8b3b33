package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which tickets a report counts, by their group: every ticket (an admin who named no group), or the
 * tickets of the listed groups. Agents see the reports of their own groups only: no group named
 * means all of theirs, a group named that is not theirs is a 403, and an agent in no group has no
 * report to see (403). Tickets in no group count only for admins.
 */
public record ReportScope(boolean everyGroup, Set<Long> groupIds) {

  public ReportScope {
    groupIds = Set.copyOf(groupIds);
  }

  public static ReportScope of(TicketViewer viewer, ReportRequest request) {
    if (viewer.admin()) {
      return new ReportScope(request.groupIds().isEmpty(), request.groupIds());
    }
    if (!viewer.agent() || viewer.groupIds().isEmpty()) {
      throw new ApiException(ProblemKind.FORBIDDEN, "report.no-groups");
    }
    if (request.groupIds().isEmpty()) {
      return new ReportScope(false, viewer.groupIds());
    }
    Set<Long> foreign = new TreeSet<>(request.groupIds());
    foreign.removeAll(viewer.groupIds());
    if (!foreign.isEmpty()) {
      throw new ApiException(
          ProblemKind.FORBIDDEN,
          "report.group-forbidden",
          foreign.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return new ReportScope(false, request.groupIds());
  }

  /**
   * The SQL condition on column {@code column}, or {@code TRUE}; ids are parsed longs, so they are
   * written into the statement (one plan per group set is what a report wants anyway).
   */
  public String condition(String column) {
    if (everyGroup) {
      return "TRUE";
    }
    return column
        + " IN ("
        + groupIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
        + ")";
  }
}
