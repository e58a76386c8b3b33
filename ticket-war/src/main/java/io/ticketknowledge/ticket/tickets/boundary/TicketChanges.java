package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A JSON merge patch of a ticket: absent fields stay as they are. */
public record TicketChanges(
    @Size(min = 1, max = 200)
        @Pattern(
            regexp = "(?s).*\\S.*",
            message = "{jakarta.validation.constraints.NotBlank.message}")
        @CleanText
        String subject,
    @Size(min = 1, max = 20000)
        @Pattern(
            regexp = "(?s).*\\S.*",
            message = "{jakarta.validation.constraints.NotBlank.message}")
        @CleanText(multiline = true)
        String description,
    TicketPriority priority) {}
