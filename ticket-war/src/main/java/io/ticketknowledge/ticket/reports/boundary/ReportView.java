package io.ticketknowledge.ticket.reports.boundary;

import io.ticketknowledge.ticket.reports.control.ReportRequest;
import io.ticketknowledge.ticket.reports.control.ReportScope;
import io.ticketknowledge.ticket.reports.entity.ReportTable;
import java.util.List;
import java.util.Map;

/**
 * A report as JSON: what was asked (period, zone, the groups counted — null for every ticket), the
 * column names, and one object per row.
 */
public record ReportView(
    String report,
    String from,
    String to,
    String zone,
    List<Long> groups,
    List<String> columns,
    List<Map<String, Object>> rows) {

  public static ReportView of(
      String report, ReportRequest request, ReportScope scope, ReportTable table) {
    return new ReportView(
        report,
        request.from().toString(),
        request.to().toString(),
        request.zone().getId(),
        scope.everyGroup() ? null : scope.groupIds().stream().sorted().toList(),
        table.columns(),
        table.records());
  }
}
