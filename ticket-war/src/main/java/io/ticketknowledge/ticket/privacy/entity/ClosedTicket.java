package io.ticketknowledge.ticket.privacy.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Instant;

/**
 * A closed ticket as retention sees it: when it closed, whether it was anonymized already, whether
 * it still has files and whether a legal hold suspends retention for it.
 */
public record ClosedTicket(
    long id,
    TicketType type,
    Instant closedAt,
    boolean anonymized,
    int attachments,
    boolean held) {}
