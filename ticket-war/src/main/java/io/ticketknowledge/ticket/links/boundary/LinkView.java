package io.ticketknowledge.ticket.links.boundary;

import io.ticketknowledge.ticket.links.control.TicketLinks;
import io.ticketknowledge.ticket.links.entity.LinkType;
import java.time.OffsetDateTime;

/** A link as the ticket in the URL sees it: "this ticket is {@code type} of {@code ticket}". */
public record LinkView(
    long id, LinkType type, TicketRef ticket, String createdBy, OffsetDateTime createdAt) {

  public static LinkView of(TicketLinks.Seen seen) {
    return new LinkView(
        seen.link().id(),
        seen.type(),
        TicketRef.of(seen.other()),
        seen.link().createdBy(),
        seen.link().createdAt());
  }
}
