package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.time.OffsetDateTime;

/** A ticket as the API shows it. */
public record TicketView(
    long id,
    String subject,
    String description,
    TicketStatus status,
    TicketPriority priority,
    Person requester,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public record Person(String id, String name) {}

  public static TicketView of(Ticket ticket) {
    return new TicketView(
        ticket.id(),
        ticket.subject(),
        ticket.description(),
        ticket.status(),
        ticket.priority(),
        new Person(ticket.requesterId(), ticket.requesterName()),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.version());
  }
}
