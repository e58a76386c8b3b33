package io.ticketknowledge.ticket.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.ticket.reports.entity.ReportTable;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report queries on H2 in PostgreSQL mode (the embedded profile) with the module's real
 * migrations, V150 included, on a handful of known tickets.
 */
class TicketReportsOnH2Test {

  private DataSource db;

  @BeforeEach
  void setUp() throws Exception {
    db = ModuleSchemaOnH2.migrated("ticket");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO ticket.support_groups (id, name, version) VALUES (1, 'desk', 0)");
      s.execute("INSERT INTO ticket.support_groups (id, name, version) VALUES (2, 'net', 0)");
      s.execute(
          "INSERT INTO ticket.categories (id, name_zh_tw, name_en, active, version)"
              + " VALUES (7, '印表機', 'Printers', TRUE, 0)");
      // 1 March 2026 23:30 in Taipei is 15:30 UTC: the Taipei day is the 1st
      ticket(s, 1, "NEW", "P1", 1, "2026-03-01 15:30:00+00", null, "agent1");
      ticket(
          s, 2, "RESOLVED", "P3", 1, "2026-03-01 16:30:00+00", "2026-03-02 04:30:00+00", "agent1");
      ticket(s, 3, "PENDING", "P3", 2, "2026-03-02 01:00:00+00", null, "agent2");
      s.execute(
          "INSERT INTO ticket.report_ticket_outcomes (ticket_id, resolved_at, created_at, group_id,"
              + " assignee_id, priority, first_response_at, first_response_seconds,"
              + " resolution_seconds, first_response_sla, resolution_sla, sla_policy, evaluated_at)"
              + " VALUES (2, TIMESTAMP WITH TIME ZONE '2026-03-02 04:30:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-03-01 16:30:00+00', 1, 'agent1', 'P3', NULL, NULL,"
              + " 43200, NULL, 'BREACHED', 'P3', CURRENT_TIMESTAMP)");
    }
  }

  private static void ticket(
      Statement s,
      long id,
      String status,
      String priority,
      long group,
      String created,
      String resolved,
      String assignee)
      throws Exception {
    s.execute(
        "INSERT INTO ticket.tickets (id, subject, description, status, priority, requester_id,"
            + " requester_name, created_at, updated_at, version, ticket_number, group_id,"
            + " category_id, assignee_id, resolved_at) VALUES ("
            + id
            + ", 's', 'd', '"
            + status
            + "', '"
            + priority
            + "', 'r', 'R',"
            + " TIMESTAMP WITH TIME ZONE '"
            + created
            + "', TIMESTAMP WITH TIME ZONE '"
            + created
            + "', 0, 'TK-"
            + id
            + "', "
            + group
            + ", 7, '"
            + assignee
            + "', "
            + (resolved == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + resolved + "'")
            + ")");
  }

  private static ReportRequest march(String zone, String... groups) {
    return ReportRequest.parse(
        groups.length == 0
            ? Map.of(
                "from", List.of("2026-03-01"), "to", List.of("2026-03-02"), "zone", List.of(zone))
            : Map.of(
                "from",
                List.of("2026-03-01"),
                "to",
                List.of("2026-03-02"),
                "zone",
                List.of(zone),
                "group",
                List.of(groups)),
        Set.of(),
        Instant.parse("2026-03-05T00:00:00Z"));
  }

  private static final ReportScope ALL = new ReportScope(true, Set.of());

  @Test
  void backlogPerGroupStatusAndPriority() throws Exception {
    try (Connection c = db.getConnection()) {
      ReportTable all = TicketReports.backlog(c, march("UTC"), ALL);
      assertEquals(
          List.of(List.of(1L, "desk", "NEW", "P1", 1L), List.of(2L, "net", "PENDING", "P3", 1L)),
          all.rows());
      ReportTable net = TicketReports.backlog(c, march("UTC"), new ReportScope(false, Set.of(2L)));
      assertEquals(1, net.rows().size());
    }
  }

  @Test
  void createdAndResolvedPerDay() throws Exception {
    try (Connection c = db.getConnection()) {
      assertEquals(
          List.of(List.of("2026-03-01", 2L, 0L), List.of("2026-03-02", 1L, 1L)),
          TicketReports.createdResolved(c, march("UTC"), ALL).rows());
      // in UTC tickets 1 and 2 were opened on the 1st. (In Asia/Taipei ticket 2 falls on the
      // 2nd; PostgreSQL buckets so, H2 2.x still gives the UTC date for AT TIME ZONE: the
      // embedded profile's daily series are UTC days, a known limit in decision 0024.)
    }
  }

  @Test
  void timesComplianceCategoriesAndWorkload() throws Exception {
    try (Connection c = db.getConnection()) {
      List<List<Object>> times = TicketReports.responseTimes(c, march("UTC"), ALL).rows();
      assertEquals(List.of("P3", 1L, 0L), times.get(0).subList(0, 3));
      assertNull(times.get(0).get(3), "no first response, no median");
      assertEquals(43200L, times.get(0).get(5));
      assertEquals("ALL", times.get(1).get(0));
      List<Object> sla = TicketReports.slaCompliance(c, march("UTC"), ALL).rows().get(1);
      assertEquals(List.of("ALL", 1L, 0L, 0L, 0L, 1L), sla.subList(0, 6));
      assertNull(sla.get(6));
      assertEquals(0.0, sla.get(7));
      assertEquals(
          List.of(List.of(7L, "印表機", "Printers", 3L)),
          TicketReports.topCategories(c, march("UTC"), ALL).rows());
      assertEquals(
          List.of(
              Arrays.asList("agent1", null, 1L, 0L, 1L), Arrays.asList("agent2", null, 0L, 1L, 0L)),
          TicketReports.agentWorkload(c, march("UTC"), ALL).rows());
    }
  }
}
