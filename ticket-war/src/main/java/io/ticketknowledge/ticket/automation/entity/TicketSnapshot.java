package io.ticketknowledge.ticket.automation.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;
import java.util.Set;

/** What conditions look at: the ticket as it is now, who caused the event, and the time. */
public record TicketSnapshot(
    TicketStatus status,
    TicketPriority priority,
    TicketType type,
    Long groupId,
    String assigneeId,
    Long categoryId,
    Set<String> tags,
    String department,
    String subject,
    ActorKind actor,
    Instant createdAt,
    Instant updatedAt,
    Instant statusSince,
    Instant now) {}
