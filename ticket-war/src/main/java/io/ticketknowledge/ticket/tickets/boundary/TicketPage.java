package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.ticket.tickets.control.TicketSort;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import java.util.List;

/** One page of tickets; {@code nextCursor} is absent on the last page. */
public record TicketPage(List<TicketView> items, String nextCursor) {

  /**
   * The page of {@code limit} tickets from {@code fetched} (read with {@code limit + 1}, so one
   * more means there is a next page).
   */
  public static TicketPage of(List<Ticket> fetched, int limit, TicketSort sort) {
    boolean more = fetched.size() > limit;
    List<Ticket> shown = fetched.stream().limit(limit).toList();
    String next = more ? sort.after(shown.get(shown.size() - 1)) : null;
    return new TicketPage(shown.stream().map(TicketView::of).toList(), next);
  }
}
