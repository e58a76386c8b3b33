package io.ticketknowledge.ticket.automation.entity;

/** Who caused the event a trigger looks at. */
public enum ActorKind {
  REQUESTER,
  AGENT,
  /** Jobs (auto-close, SLA watch, time rules), triggers and the auto-assigner. */
  SYSTEM;

  /** The kind of {@code actorId} on a ticket requested by {@code requesterId}. */
  public static ActorKind of(String actorId, String requesterId) {
    if (actorId == null
        || actorId.equals("system")
        || actorId.startsWith(ChainActor.PREFIX)
        || actorId.equals(ChainActor.AUTO_ASSIGN)) {
      return SYSTEM;
    }
    return actorId.equals(requesterId) ? REQUESTER : AGENT;
  }
}
