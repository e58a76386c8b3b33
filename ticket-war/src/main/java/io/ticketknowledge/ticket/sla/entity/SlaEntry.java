package io.ticketknowledge.ticket.sla.entity;

import java.time.Duration;
import java.time.Instant;

/** One line of a ticket's SLA timeline: what happened to one clock, and its working time then. */
public record SlaEntry(
    Instant at, SlaMetric metric, Kind kind, Duration consumed, Duration target, String policy) {

  public enum Kind {
    STARTED,
    PAUSED,
    RESUMED,
    WARNING,
    BREACHED,
    MET,
    /** The target changed with the policy; consumed time carries over. */
    POLICY_CHANGED,
    /** The new policy has no target for this metric: the clock stops without a verdict. */
    CANCELLED
  }
}
