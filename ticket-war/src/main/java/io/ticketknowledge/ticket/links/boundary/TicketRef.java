package io.ticketknowledge.ticket.links.boundary;

import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;

/** Another ticket as a link or merge shows it. */
public record TicketRef(long id, String number, String subject, TicketStatus status) {

  public static TicketRef of(Ticket ticket) {
    return new TicketRef(ticket.id(), ticket.number(), ticket.subject(), ticket.status());
  }
}
