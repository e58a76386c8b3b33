package io.ticketknowledge.ticket.history.boundary;

import io.ticketknowledge.ticket.history.entity.HistoryEntry;
import java.time.OffsetDateTime;

/** One change of a ticket as the API shows it. */
public record HistoryEntryView(
    long id,
    OffsetDateTime at,
    Actor actor,
    String change,
    String before,
    String after,
    boolean internal) {

  public record Actor(String id, String name) {}

  public static HistoryEntryView of(HistoryEntry entry) {
    return new HistoryEntryView(
        entry.id(),
        entry.changedAt(),
        new Actor(entry.actorId(), entry.actorName()),
        entry.kind(),
        entry.before(),
        entry.after(),
        entry.internal());
  }
}
