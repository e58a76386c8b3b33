package io.ticketknowledge.ticket.tickets.boundary;

import java.util.List;

/** One page of tickets; {@code nextCursor} is absent on the last page. */
public record TicketPage(List<TicketView> items, String nextCursor) {}
