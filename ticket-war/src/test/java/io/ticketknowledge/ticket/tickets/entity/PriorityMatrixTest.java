package io.ticketknowledge.ticket.tickets.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

  @Test
  void impactTimesUrgencyGivesThePriority() {
    String[][] expected = {
      // urgency HIGH, MEDIUM, LOW
      {"P1", "P2", "P3"}, // impact HIGH
      {"P2", "P3", "P4"}, // impact MEDIUM
      {"P3", "P4", "P4"}, // impact LOW
    };
    Level[] levels = {Level.HIGH, Level.MEDIUM, Level.LOW};
    for (int i = 0; i < 3; i++) {
      for (int u = 0; u < 3; u++) {
        assertEquals(
            expected[i][u],
            PriorityMatrix.priority(levels[i], levels[u]).name(),
            levels[i] + " × " + levels[u]);
      }
    }
  }

  @Test
  void theFirstApisNamesStillReadAsP1ToP4() {
    assertEquals(Optional.of(TicketPriority.P1), TicketPriority.parse("URGENT"));
    assertEquals(Optional.of(TicketPriority.P2), TicketPriority.parse("high"));
    assertEquals(Optional.of(TicketPriority.P3), TicketPriority.parse("NORMAL"));
    assertEquals(Optional.of(TicketPriority.P4), TicketPriority.parse(" LOW "));
    assertEquals(Optional.of(TicketPriority.P4), TicketPriority.parse("p4"));
    assertTrue(TicketPriority.parse("SUPER").isEmpty());
    assertThrows(JsonbException.class, () -> new TicketPriority.Json().adaptFromJson("SUPER"));
    assertEquals("P2", new TicketPriority.Json().adaptToJson(TicketPriority.P2));
  }

  @Test
  void anAgentsOverrideOutlivesANewAssessment() {
    Ticket ticket =
        Ticket.open(
            "TK-2026-000001", "s", "d", null, null, Level.LOW, Level.LOW, "u-1", "王小明", null);
    assertEquals(TicketPriority.P4, ticket.priority());
    ticket.assess(Level.HIGH, Level.HIGH);
    assertEquals(TicketPriority.P1, ticket.priority(), "follows the matrix");
    ticket.overridePriority(TicketPriority.P3);
    ticket.assess(Level.HIGH, Level.MEDIUM);
    assertEquals(TicketPriority.P3, ticket.priority(), "the agent's priority stays");
  }
}
