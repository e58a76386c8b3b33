package io.ticketknowledge.ticket.sla.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened to a ticket and moves its SLA clocks. {@code policy} is set for {@link
 * Kind#OPENED} and {@link Kind#POLICY_CHANGED} only.
 */
public record TicketFact(Instant at, Kind kind, SlaPolicy policy) {

  public enum Kind {
    OPENED,
    AGENT_REPLIED,
    REQUESTER_REPLIED,
    /** Pending on the requester or a third party. */
    PAUSED,
    /** Back from pending without a requester reply (e.g. an agent set it open again). */
    RESUMED,
    RESOLVED,
    REOPENED,
    POLICY_CHANGED
  }

  public TicketFact {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    boolean needsPolicy = kind == Kind.OPENED || kind == Kind.POLICY_CHANGED;
    if (needsPolicy != (policy != null)) {
      throw new IllegalArgumentException(kind + (needsPolicy ? " needs" : " takes no") + " policy");
    }
  }

  public static TicketFact opened(Instant at, SlaPolicy policy) {
    return new TicketFact(at, Kind.OPENED, policy);
  }

  public static TicketFact policyChanged(Instant at, SlaPolicy policy) {
    return new TicketFact(at, Kind.POLICY_CHANGED, policy);
  }

  public static TicketFact of(Instant at, Kind kind) {
    return new TicketFact(at, kind, null);
  }
}
