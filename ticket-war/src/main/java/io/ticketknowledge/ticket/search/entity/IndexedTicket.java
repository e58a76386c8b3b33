package io.ticketknowledge.ticket.search.entity;

import java.time.Instant;

/**
 * A ticket's state as the search index holds it: what an event payload carries, or a row of the
 * tickets table when the index is rebuilt.
 */
public record IndexedTicket(
    long id,
    String subject,
    String description,
    String status,
    String priority,
    String requesterId,
    String requesterName,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
