package io.ticketknowledge.ticket.sla.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the SLA needs to know of a ticket, read from its row, its history and its conversation: when
 * it was opened, how it stands now, every recorded change of a field (status, priority, type,
 * category, department; others are ignored) and every reply.
 */
public record TicketRecord(
    Instant openedAt, TicketProfile current, List<Change> changes, List<Reply> replies) {

  public TicketRecord {
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(current, "current");
    changes = List.copyOf(changes);
    replies = List.copyOf(replies);
  }

  /** One history entry: {@code field} went from {@code before} to {@code after} (as text). */
  public record Change(Instant at, String field, String before, String after) {}

  /** One comment: by the requester or someone else (the desk), public or an internal note. */
  public record Reply(Instant at, boolean byRequester, boolean internal) {}
}
