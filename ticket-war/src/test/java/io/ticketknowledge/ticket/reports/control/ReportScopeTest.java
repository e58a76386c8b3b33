package io.ticketknowledge.ticket.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees which groups' reports. */
class ReportScopeTest {

  private static final TicketViewer ADMIN = new TicketViewer("admin1", true, false, Set.of());
  private static final TicketViewer AGENT =
      new TicketViewer("agent1", false, true, Set.of(50L, 100L));
  private static final TicketViewer LONE_AGENT = new TicketViewer("agent9", false, true, Set.of());

  @Test
  void adminsSeeEveryTicketOrTheGroupsTheyName() {
    ReportScope all = ReportScope.of(ADMIN, request());
    assertTrue(all.everyGroup());
    assertEquals("TRUE", all.condition("t.group_id"));
    ReportScope some = ReportScope.of(ADMIN, request("150"));
    assertFalse(some.everyGroup());
    assertEquals("t.group_id IN (150)", some.condition("t.group_id"));
  }

  @Test
  void agentsSeeTheirGroupsOnly() {
    assertEquals(
        "t.group_id IN (50,100)", ReportScope.of(AGENT, request()).condition("t.group_id"));
    assertEquals(
        "t.group_id IN (100)", ReportScope.of(AGENT, request("100")).condition("t.group_id"));
    ApiException foreign =
        assertThrows(ApiException.class, () -> ReportScope.of(AGENT, request("50,150")));
    assertEquals(403, foreign.kind().status());
    assertEquals("150", foreign.detailArgs()[0]);
  }

  @Test
  void anAgentInNoGroupAndARequesterSeeNothing() {
    assertEquals(
        403,
        assertThrows(ApiException.class, () -> ReportScope.of(LONE_AGENT, request()))
            .kind()
            .status());
    assertEquals(
        403,
        assertThrows(
                ApiException.class, () -> ReportScope.of(TicketViewer.requester("r1"), request()))
            .kind()
            .status());
  }

  @Test
  void groupsMustBeIds() {
    for (String bad : List.of("none", "0", "-1", "x")) {
      ApiException e = assertThrows(ApiException.class, () -> request(bad));
      assertEquals(400, e.kind().status());
      assertEquals("group", e.detailArgs()[0]);
    }
  }

  private static ReportRequest request(String... groups) {
    return ReportRequest.parse(
        groups.length == 0 ? Map.of() : Map.of("group", List.of(groups)),
        Set.of(),
        Instant.parse("2026-11-30T00:00:00Z"));
  }
}
