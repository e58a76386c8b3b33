package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every status × status × role, against the workflow written down a second time, independently, as
 * a grid (R = requester, A = agent, S = system; "-" = nobody; watchers move nothing). A change of
 * the table that is not also made here fails, and so does a move the grid does not expect.
 */
class TicketTransitionsTest {

  private static final String[] GRID = {
    //            NEW   OPEN  PENDING  RESOLVED  CLOSED
    /* NEW      */ "-     A     A        A         -",
    /* OPEN     */ "-     -     A        A         -",
    /* PENDING  */ "-     AR    -        A         -",
    /* RESOLVED */ "-     AR    -        -         ARS",
    /* CLOSED   */ "-     A     -        -         -",
  };

  private static final Map<Character, TicketRole> ROLES =
      Map.of('R', TicketRole.REQUESTER, 'A', TicketRole.AGENT, 'S', TicketRole.SYSTEM);

  @Test
  void everyStatusPairAndRoleIsAllowedExactlyWhenTheGridSaysSo() {
    TicketStatus[] statuses = TicketStatus.values();
    assertEquals(statuses.length, GRID.length);
    int checked = 0;
    for (int from = 0; from < statuses.length; from++) {
      String[] cells = GRID[from].trim().split("\\s+");
      assertEquals(statuses.length, cells.length, "row " + statuses[from]);
      for (int to = 0; to < statuses.length; to++) {
        for (TicketRole role : TicketRole.values()) {
          boolean expected = cells[to].chars().anyMatch(c -> ROLES.get((char) c) == role);
          assertEquals(
              expected,
              TicketTransitions.allows(statuses[from], statuses[to], role),
              statuses[from] + " → " + statuses[to] + " by " + role);
          checked++;
        }
      }
    }
    assertEquals(5 * 5 * TicketRole.values().length, checked);
  }

  @Test
  void nobodyStaysInPlaceOrSkipsTheResolution() {
    for (TicketStatus status : TicketStatus.values()) {
      for (TicketRole role : TicketRole.values()) {
        assertFalse(TicketTransitions.allows(status, status, role), status + " → itself");
      }
    }
    for (TicketRole role : TicketRole.values()) {
      assertFalse(TicketTransitions.allows(TicketStatus.OPEN, TicketStatus.CLOSED, role));
    }
  }

  @Test
  void nextListsTheMovesOfOneRoleInWorkflowOrder() {
    assertEquals(
        List.of(TicketStatus.OPEN, TicketStatus.CLOSED),
        TicketTransitions.next(TicketStatus.RESOLVED, TicketRole.REQUESTER));
    assertEquals(List.of(), TicketTransitions.next(TicketStatus.NEW, TicketRole.REQUESTER));
    assertEquals(
        List.of(TicketStatus.CLOSED),
        TicketTransitions.next(TicketStatus.RESOLVED, TicketRole.SYSTEM));
  }

  @Test
  void reopeningIsLeavingResolvedOrClosedForOpen() {
    assertTrue(TicketTransitions.reopens(TicketStatus.RESOLVED, TicketStatus.OPEN));
    assertTrue(TicketTransitions.reopens(TicketStatus.CLOSED, TicketStatus.OPEN));
    assertFalse(TicketTransitions.reopens(TicketStatus.PENDING, TicketStatus.OPEN));
  }

  @Test
  void theTableListsEachMoveOnce() {
    Map<String, Integer> seen = new HashMap<>();
    TicketTransitions.TABLE.forEach(t -> seen.merge(t.from() + ">" + t.to(), 1, Integer::sum));
    seen.forEach((move, count) -> assertEquals(1, count, move));
  }
}
