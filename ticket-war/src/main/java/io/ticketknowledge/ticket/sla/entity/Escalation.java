package io.ticketknowledge.ticket.sla.entity;

/**
 * What happens when a clock of the policy reaches its warning threshold or breaches: {@code
 * notifies} marks the event ({@code ticket.sla-warning}, {@code ticket.sla-breached}) for
 * notification consumers; a {@code groupId} moves the ticket into that group's queue (the assignee
 * is cleared unless a member of the group). The event is recorded either way.
 */
public record Escalation(boolean notifies, Long groupId) {

  public static Escalation none() {
    return new Escalation(false, null);
  }
}
