package io.ticketknowledge.ticket.privacy.entity;

import java.util.List;

/**
 * What one erasure of a person did in this module. Run again, it finds the names replaced already
 * and reports what is still held back; {@code heldTicketIds} are the tickets a legal hold kept
 * unchanged (erase again once the hold is cleared).
 */
public record ErasureReport(
    String subject,
    String pseudonym,
    int ticketsPseudonymized,
    int ticketsContentErased,
    int commentsErased,
    int attachmentsDeleted,
    int watchesRemoved,
    List<Long> heldTicketIds,
    List<Long> reindexedTicketIds) {}
