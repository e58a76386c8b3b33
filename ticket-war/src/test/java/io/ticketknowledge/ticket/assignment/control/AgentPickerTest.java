package io.ticketknowledge.ticket.assignment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.assignment.control.AgentPicker.Candidate;
import io.ticketknowledge.ticket.assignment.entity.AgentAvailability;
import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentPickerTest {

  static final Candidate ANN = new Candidate("a-ann", "Ann", true, true, 5);
  static final Candidate BOB = new Candidate("b-bob", "Bob", false, true, 0);
  static final Candidate CHEN = new Candidate("c-chen", "陳志豪", true, true, 20);
  static final Candidate DAI = new Candidate("d-dai", "Dai", true, true, 2);
  static final Candidate EVE = new Candidate("e-eve", "Eve", true, false, 0);

  static final List<Candidate> TEAM = List.of(EVE, CHEN, ANN, DAI, BOB); // any order

  @Test
  void roundRobinTakesTheNextEligibleAfterTheLastAndExplainsTheSkips() {
    AgentPicker.Pick pick = AgentPicker.pick(AssignmentMode.ROUND_ROBIN, TEAM, 20, "a-ann");
    assertEquals("d-dai", pick.chosen().orElseThrow().userId());
    assertEquals(
        "assigned to Dai by round-robin: Bob skipped (unavailable), 陳志豪 skipped (limit 20),"
            + " Eve skipped (outside working hours)",
        pick.explanation());
  }

  @Test
  void roundRobinWrapsAroundAndStartsAtTheFirstWithoutAPointer() {
    assertEquals(
        "a-ann",
        AgentPicker.pick(AssignmentMode.ROUND_ROBIN, TEAM, 20, "d-dai")
            .chosen()
            .orElseThrow()
            .userId());
    assertEquals(
        "a-ann",
        AgentPicker.pick(AssignmentMode.ROUND_ROBIN, TEAM, 20, null)
            .chosen()
            .orElseThrow()
            .userId());
    // the last one picked left the group: the next id after it still decides
    assertEquals(
        "d-dai",
        AgentPicker.pick(AssignmentMode.ROUND_ROBIN, TEAM, 20, "c-left")
            .chosen()
            .orElseThrow()
            .userId());
  }

  @Test
  void roundRobinCyclesThroughEveryEligibleAgent() {
    String last = null;
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      last =
          AgentPicker.pick(AssignmentMode.ROUND_ROBIN, TEAM, 100, last)
              .chosen()
              .orElseThrow()
              .userId();
      order.append(last).append(' ');
    }
    assertEquals("a-ann c-chen d-dai a-ann ", order.toString());
  }

  @Test
  void leastOpenTakesTheFewestOpenTicketsAmongTheEligible() {
    AgentPicker.Pick pick = AgentPicker.pick(AssignmentMode.LEAST_OPEN, TEAM, 20, "d-dai");
    // Bob (0) is unavailable and Eve (0) off work: Dai with 2 wins over Ann with 5
    assertEquals("d-dai", pick.chosen().orElseThrow().userId());
    assertTrue(pick.explanation().startsWith("assigned to Dai by least-open-tickets (2 open)"));
  }

  @Test
  void leastOpenBreaksTiesByUserId() {
    Candidate zed = new Candidate("z-zed", "Zed", true, true, 2);
    assertEquals(
        "d-dai",
        AgentPicker.pick(AssignmentMode.LEAST_OPEN, List.of(zed, DAI), 20, null)
            .chosen()
            .orElseThrow()
            .userId());
  }

  @Test
  void nobodyEligibleIsSaid() {
    AgentPicker.Pick pick =
        AgentPicker.pick(AssignmentMode.ROUND_ROBIN, List.of(BOB, CHEN), 20, null);
    assertTrue(pick.chosen().isEmpty());
    assertEquals(
        "nobody assigned by round-robin: no eligible agent: Bob skipped (unavailable), 陳志豪 skipped"
            + " (limit 20)",
        pick.explanation());
  }

  @Test
  void workingHoursAreTheAgentsOwnZone() {
    WeeklyHours office = WeeklyHours.mondayToFriday(WorkingHours.of("08:30", "17:30"));
    ZoneId taipei = ZoneId.of("Asia/Taipei");
    // Monday 2026-11-30 09:00 in Taipei is 01:00 UTC
    assertTrue(AgentAvailability.within(office, taipei, Instant.parse("2026-11-30T01:00:00Z")));
    assertTrue(!AgentAvailability.within(office, taipei, Instant.parse("2026-11-30T10:00:00Z")));
    // Saturday
    assertTrue(!AgentAvailability.within(office, taipei, Instant.parse("2026-11-28T02:00:00Z")));
  }
}
