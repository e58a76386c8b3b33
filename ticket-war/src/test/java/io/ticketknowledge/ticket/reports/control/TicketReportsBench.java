package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.ticket.reports.entity.ReportTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long each report takes on the 1M-ticket data set of {@code
 * docs/benchmarks/reports-1m/generate.sql} (a benchmark: it passes whatever the times). Run with
 * {@code mvn -o -pl platform,ticket-war test -Dtest=TicketReportsBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtk.reports.bench.url=jdbc:postgresql://…/db?user=…}.
 */
@EnabledIfSystemProperty(named = "tk.reports.bench.url", matches = ".+")
class TicketReportsBench {

  @Test
  void everyReportForAMonthAndAYear() throws Exception {
    Instant now = Instant.parse("2026-11-30T12:00:00Z");
    try (Connection db = DriverManager.getConnection(System.getProperty("tk.reports.bench.url"))) {
      for (String from : List.of("2026-11-01", "2025-12-01")) {
        for (Set<Long> groups : List.of(Set.<Long>of(), Set.of(3L))) {
          ReportRequest request =
              ReportRequest.parse(
                  Map.of(
                      "from",
                      List.of(from),
                      "to",
                      List.of("2026-11-30"),
                      "zone",
                      List.of("Asia/Taipei")),
                  Set.of(),
                  now);
          ReportScope scope = new ReportScope(groups.isEmpty(), groups);
          for (int run = 0; run < 2; run++) {
            time(run, from, groups, "backlog", () -> TicketReports.backlog(db, request, scope));
            time(
                run,
                from,
                groups,
                "created-resolved",
                () -> TicketReports.createdResolved(db, request, scope));
            time(
                run,
                from,
                groups,
                "response-times",
                () -> TicketReports.responseTimes(db, request, scope));
            time(
                run,
                from,
                groups,
                "sla-compliance",
                () -> TicketReports.slaCompliance(db, request, scope));
            time(
                run,
                from,
                groups,
                "top-categories",
                () -> TicketReports.topCategories(db, request, scope));
            time(
                run,
                from,
                groups,
                "agent-workload",
                () -> TicketReports.agentWorkload(db, request, scope));
          }
        }
      }
    }
  }

  interface Report {
    ReportTable run() throws Exception;
  }

  private static void time(int run, String from, Set<Long> groups, String name, Report report)
      throws Exception {
    long started = System.nanoTime();
    ReportTable table = report.run();
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (run == 1) {
      System.out.printf(
          "%-17s from %s groups %-4s %,6d ms %,5d rows%n",
          name, from, groups.isEmpty() ? "all" : groups, millis, table.rows().size());
    }
  }
}
