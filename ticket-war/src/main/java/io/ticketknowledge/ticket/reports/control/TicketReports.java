package io.ticketknowledge.ticket.reports.control;

import io.ticketknowledge.ticket.reports.entity.ReportTable;
import io.ticketknowledge.ticket.reports.entity.TicketReport;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The Ticket reports as SQL on the read data source (a replica when one is configured). Counts of
 * the live tickets table stay on indexes (backlog, opened/resolved per day, categories, workload);
 * times and SLA verdicts are read from the outcome rollup ({@code report_ticket_outcomes}, written
 * by {@link TicketOutcomeRollup}), because an SLA verdict is a replay of the ticket's record and
 * not a column (decision 0024 has the figures).
 */
@ApplicationScoped
public class TicketReports {

  static final String OPEN_STATUSES = "('NEW','OPEN','PENDING')";
  static final int TOP_CATEGORIES = 20;

  @Resource(lookup = "jdbc/tkRead")
  DataSource read;

  public ReportTable run(TicketReport report, ReportRequest request, ReportScope scope) {
    try (Connection db = read.getConnection()) {
      return switch (report) {
        case BACKLOG -> backlog(db, request, scope);
        case CREATED_RESOLVED -> createdResolved(db, request, scope);
        case RESPONSE_TIMES -> responseTimes(db, request, scope);
        case SLA_COMPLIANCE -> slaCompliance(db, request, scope);
        case TOP_CATEGORIES -> topCategories(db, request, scope);
        case AGENT_WORKLOAD -> agentWorkload(db, request, scope);
      };
    } catch (SQLException e) {
      throw new IllegalStateException("report " + report.apiName() + " failed", e);
    }
  }

  /**
   * Open tickets (opened in the period when {@code from} was given, else any time before its end).
   */
  static ReportTable backlog(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    String sql =
        "SELECT t.group_id, g.name, t.status, t.priority, count(*) FROM ticket.tickets t"
            + " LEFT JOIN ticket.support_groups g ON g.id = t.group_id"
            + " WHERE t.status IN "
            + OPEN_STATUSES
            + " AND t.created_at < ?"
            + (request.fromGiven() ? " AND t.created_at >= ?" : "")
            + " AND "
            + scope.condition("t.group_id")
            + " GROUP BY t.group_id, g.name, t.status, t.priority"
            + " ORDER BY t.group_id NULLS FIRST, t.status, t.priority";
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setTimestamp(1, Timestamp.from(request.end()));
      if (request.fromGiven()) {
        query.setTimestamp(2, Timestamp.from(request.start()));
      }
      return table(query, List.of("groupId", "groupName", "status", "priority", "tickets"), 5);
    }
  }

  /** Every day of the period, with the tickets opened and resolved on it (days in the zone). */
  static ReportTable createdResolved(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
      days.put(day, new long[2]);
    }
    countPerDay(db, "created_at", request, scope, days, 0);
    countPerDay(db, "resolved_at", request, scope, days, 1);
    List<List<Object>> rows = new ArrayList<>();
    days.forEach((day, counts) -> rows.add(List.of(day.toString(), counts[0], counts[1])));
    return new ReportTable(List.of("day", "created", "resolved"), rows);
  }

  private static void countPerDay(
      Connection db,
      String column,
      ReportRequest request,
      ReportScope scope,
      Map<LocalDate, long[]> days,
      int slot)
      throws SQLException {
    String sql =
        // the zone's local date-time, then its date (on PostgreSQL; H2 gives the UTC date); the
        // zone is a parsed ZoneId (letters, digits, / _ + -), so it can be a literal
        "SELECT CAST(CAST(t."
            + column
            + " AT TIME ZONE '"
            + request.zone().getId()
            + "' AS TIMESTAMP) AS DATE) AS d, count(*) FROM ticket.tickets t WHERE t."
            + column
            + " >= ? AND t."
            + column
            + " < ? AND "
            + scope.condition("t.group_id")
            + " GROUP BY 1";
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setTimestamp(1, Timestamp.from(request.start()));
      query.setTimestamp(2, Timestamp.from(request.end()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long[] counts = days.get(rows.getDate(1).toLocalDate());
          if (counts != null) {
            counts[slot] = rows.getLong(2);
          }
        }
      }
    }
  }

  /** Median and 90th percentile, in seconds of wall-clock time, per priority and overall. */
  static ReportTable responseTimes(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    String measures =
        "count(*), count(o.first_response_seconds),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY o.first_response_seconds),"
            + " percentile_cont(0.9) WITHIN GROUP (ORDER BY o.first_response_seconds),"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY o.resolution_seconds),"
            + " percentile_cont(0.9) WITHIN GROUP (ORDER BY o.resolution_seconds)";
    List<String> columns =
        List.of(
            "priority",
            "resolved",
            "answered",
            "firstResponseMedianSeconds",
            "firstResponseP90Seconds",
            "resolutionMedianSeconds",
            "resolutionP90Seconds");
    return perPriorityAndAll(db, request, scope, measures, columns);
  }

  /** Clocks met and breached, with the share met, per priority and overall. */
  static ReportTable slaCompliance(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    String measures =
        "count(*),"
            + " coalesce(sum(CASE WHEN o.first_response_sla = 'MET' THEN 1 ELSE 0 END), 0),"
            + " coalesce(sum(CASE WHEN o.first_response_sla = 'BREACHED' THEN 1 ELSE 0 END), 0),"
            + " coalesce(sum(CASE WHEN o.resolution_sla = 'MET' THEN 1 ELSE 0 END), 0),"
            + " coalesce(sum(CASE WHEN o.resolution_sla = 'BREACHED' THEN 1 ELSE 0 END), 0)";
    List<String> columns =
        List.of(
            "priority",
            "resolved",
            "firstResponseMet",
            "firstResponseBreached",
            "resolutionMet",
            "resolutionBreached");
    ReportTable counts = perPriorityAndAll(db, request, scope, measures, columns);
    List<String> withShares = new ArrayList<>(columns);
    withShares.add("firstResponseCompliancePercent");
    withShares.add("resolutionCompliancePercent");
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : counts.rows()) {
      List<Object> out = new ArrayList<>(row);
      out.add(percent((Long) row.get(2), (Long) row.get(3)));
      out.add(percent((Long) row.get(4), (Long) row.get(5)));
      rows.add(out);
    }
    return new ReportTable(withShares, rows);
  }

  private static ReportTable perPriorityAndAll(
      Connection db,
      ReportRequest request,
      ReportScope scope,
      String measures,
      List<String> columns)
      throws SQLException {
    String from =
        " FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= ? AND o.resolved_at < ? AND "
            + scope.condition("o.group_id");
    List<List<Object>> rows = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT o.priority, " + measures + from + " GROUP BY o.priority ORDER BY o.priority",
            "SELECT 'ALL', " + measures + from)) {
      try (PreparedStatement query = db.prepareStatement(sql)) {
        query.setTimestamp(1, Timestamp.from(request.start()));
        query.setTimestamp(2, Timestamp.from(request.end()));
        rows.addAll(table(query, columns, columns.size()).rows());
      }
    }
    return new ReportTable(columns, rows);
  }

  /** The categories most tickets opened in the period were in (none: no category). */
  static ReportTable topCategories(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    String sql =
        "SELECT t.category_id, c.name_zh_tw, c.name_en, count(*) AS n FROM ticket.tickets t"
            + " LEFT JOIN ticket.categories c ON c.id = t.category_id"
            + " WHERE t.created_at >= ? AND t.created_at < ? AND "
            + scope.condition("t.group_id")
            + " GROUP BY t.category_id, c.name_zh_tw, c.name_en"
            + " ORDER BY n DESC, t.category_id NULLS LAST LIMIT "
            + TOP_CATEGORIES;
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setTimestamp(1, Timestamp.from(request.start()));
      query.setTimestamp(2, Timestamp.from(request.end()));
      return table(
          query, List.of("categoryId", "categoryNameZhTw", "categoryNameEn", "tickets"), 4);
    }
  }

  /** Per assignee: open and pending tickets now, and the tickets they resolved in the period. */
  static ReportTable agentWorkload(Connection db, ReportRequest request, ReportScope scope)
      throws SQLException {
    Map<String, Object[]> agents = new LinkedHashMap<>();
    String open =
        "SELECT w.assignee_id, (SELECT max(m.user_name) FROM ticket.support_group_members m"
            + " WHERE m.user_id = w.assignee_id), w.open, w.pending FROM ("
            + "SELECT t.assignee_id,"
            + " sum(CASE WHEN t.status = 'PENDING' THEN 0 ELSE 1 END) AS open,"
            + " sum(CASE WHEN t.status = 'PENDING' THEN 1 ELSE 0 END) AS pending"
            + " FROM ticket.tickets t WHERE t.status IN "
            + OPEN_STATUSES
            + " AND t.assignee_id IS NOT NULL AND "
            + scope.condition("t.group_id")
            + " GROUP BY t.assignee_id) w";
    try (PreparedStatement query = db.prepareStatement(open);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        agents.put(
            rows.getString(1),
            new Object[] {
              rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4), 0L
            });
      }
    }
    String resolved =
        "SELECT o.assignee_id, count(*) FROM ticket.report_ticket_outcomes o"
            + " WHERE o.resolved_at >= ? AND o.resolved_at < ? AND o.assignee_id IS NOT NULL AND "
            + scope.condition("o.group_id")
            + " GROUP BY o.assignee_id";
    try (PreparedStatement query = db.prepareStatement(resolved)) {
      query.setTimestamp(1, Timestamp.from(request.start()));
      query.setTimestamp(2, Timestamp.from(request.end()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          agents.computeIfAbsent(rows.getString(1), id -> new Object[] {id, null, 0L, 0L, 0L})[4] =
              rows.getLong(2);
        }
      }
    }
    List<List<Object>> rows =
        agents.values().stream()
            .sorted(
                (a, b) ->
                    a[2].equals(b[2])
                        ? ((String) a[0]).compareTo((String) b[0])
                        : Long.compare((Long) b[2], (Long) a[2]))
            .map(a -> (List<Object>) new ArrayList<>(Arrays.asList(a)))
            .toList();
    return new ReportTable(
        List.of("assigneeId", "assigneeName", "open", "pending", "resolved"), rows);
  }

  static Double percent(Long met, Long breached) {
    long measured = met + breached;
    return measured == 0 ? null : Math.round(1000.0 * met / measured) / 10.0;
  }

  /** Reads {@code width} columns: numbers as Long (whole) or rounded whole Long (percentiles). */
  private static ReportTable table(PreparedStatement query, List<String> columns, int width)
      throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (ResultSet result = query.executeQuery()) {
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          Object value = result.getObject(i);
          if (value instanceof Number number) {
            value =
                number instanceof Double || number instanceof java.math.BigDecimal
                    ? Long.valueOf(Math.round(number.doubleValue()))
                    : Long.valueOf(number.longValue());
          }
          row.add(value);
        }
        rows.add(row);
      }
    }
    return new ReportTable(columns, rows);
  }
}
