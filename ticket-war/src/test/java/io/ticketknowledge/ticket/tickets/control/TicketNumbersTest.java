package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

  @Test
  void numbersCarryTheYearAndSixDigitsAtLeast() {
    assertEquals("TK-2026-000123", TicketNumbers.format(2026, 123));
    assertEquals("TK-2027-1234567", TicketNumbers.format(2027, 1_234_567));
  }
}
