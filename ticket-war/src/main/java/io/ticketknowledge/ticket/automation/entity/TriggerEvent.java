package io.ticketknowledge.ticket.automation.entity;

import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import java.util.EnumSet;
import java.util.Set;

/** What a trigger waits for: a kind of ticket event, or TIME for the scheduled time rules. */
public enum TriggerEvent {
  CREATED,
  /** Any change of the ticket's fields, assignment or status. */
  UPDATED,
  STATUS_CHANGED,
  COMMENTED,
  SLA_WARNING,
  SLA_BREACHED,
  /** Not an event: the time-rule job looks at every ticket not closed. */
  TIME;

  /** The trigger kinds an event of {@code type} wakes (none for links, watchers, files …). */
  public static Set<TriggerEvent> of(TicketEventType type) {
    return switch (type) {
      case OPENED -> EnumSet.of(CREATED);
      case CHANGED, ASSIGNED -> EnumSet.of(UPDATED);
      case STATUS_CHANGED, RESOLVED, CLOSED, REOPENED -> EnumSet.of(UPDATED, STATUS_CHANGED);
      case COMMENTED -> EnumSet.of(COMMENTED);
      case SLA_WARNING -> EnumSet.of(SLA_WARNING);
      case SLA_BREACHED -> EnumSet.of(SLA_BREACHED);
      default -> EnumSet.noneOf(TriggerEvent.class);
    };
  }
}
