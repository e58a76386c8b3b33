package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketSortTest {

  @Test
  void namesParseAndUnknownOnesAre400s() {
    assertEquals(TicketSort.NEWEST, TicketSort.parse(null));
    assertEquals(TicketSort.NEWEST, TicketSort.parse(" "));
    assertEquals(TicketSort.UPDATED_DESC, TicketSort.parse("-updatedAt"));
    assertEquals(TicketSort.PRIORITY_ASC, TicketSort.parse("priority"));
    assertThrows(ApiException.class, () -> TicketSort.parse("subject"));
  }

  @Test
  void aCursorCarriesTheSortKeyAndTheId() throws Exception {
    Ticket ticket = ticket(77L);
    for (TicketSort sort : TicketSort.values()) {
      Map<String, Object> parameters = new HashMap<>();
      String condition = sort.condition(sort.after(ticket), parameters);
      assertEquals(77L, parameters.get("k_id"), sort.name());
      assertTrue(condition.contains(":k_id"), condition);
    }
    Map<String, Object> parameters = new HashMap<>();
    TicketSort.PRIORITY_DESC.condition(TicketSort.PRIORITY_DESC.after(ticket), parameters);
    assertEquals(TicketPriority.P2, parameters.get("k_value"));
  }

  @Test
  void theFirstPageHasNoKeysetExceptTheIdOrder() {
    assertNull(TicketSort.CREATED_ASC.condition(null, new HashMap<>()));
    Map<String, Object> parameters = new HashMap<>();
    assertEquals("t.id < :k_id", TicketSort.NEWEST.condition(null, parameters));
    assertEquals(Long.MAX_VALUE, parameters.get("k_id"));
  }

  @Test
  void aCursorOfAnotherSortOrNotOursIsA400() throws Exception {
    String created = TicketSort.CREATED_DESC.after(ticket(5L));
    assertThrows(
        ApiException.class, () -> TicketSort.UPDATED_DESC.condition(created, new HashMap<>()));
    assertThrows(
        ApiException.class, () -> TicketSort.CREATED_DESC.condition("bm9wZQ", new HashMap<>()));
    assertThrows(
        ApiException.class, () -> TicketSort.CREATED_DESC.condition("%%%", new HashMap<>()));
  }

  private static Ticket ticket(long id) throws Exception {
    Ticket ticket =
        Ticket.open(
            "TK-2026-000001",
            "s",
            "d",
            TicketType.INCIDENT,
            null,
            Level.HIGH,
            Level.MEDIUM,
            "r",
            "R",
            null);
    Field f = Ticket.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(ticket, id);
    return ticket;
  }
}
