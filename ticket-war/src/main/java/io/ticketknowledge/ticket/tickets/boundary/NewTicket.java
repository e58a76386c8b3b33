package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a requester sends to open a ticket. Priority defaults to NORMAL. */
public record NewTicket(
    @NotBlank @Size(max = 200) @CleanText String subject,
    @NotBlank @Size(max = 20000) @CleanText(multiline = true) String description,
    TicketPriority priority) {}
