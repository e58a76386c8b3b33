package io.ticketknowledge.ticket.macros.boundary;

import io.ticketknowledge.ticket.macros.entity.MacroChanges;
import java.time.OffsetDateTime;

/** A macro as the API shows it. */
public record MacroView(
    long id,
    String name,
    boolean shared,
    String ownerId,
    String replyZh,
    String replyEn,
    boolean internal,
    MacroChanges changes,
    OffsetDateTime updatedAt,
    long version) {}
