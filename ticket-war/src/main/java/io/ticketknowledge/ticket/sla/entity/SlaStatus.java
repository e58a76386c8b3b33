package io.ticketknowledge.ticket.sla.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one clock stands at the time of evaluation. {@code dueAt} is when the target is (or was)
 * reached in working time: set while the clock runs or after it breached, null while paused or
 * after it was met in time.
 */
public record SlaStatus(
    SlaMetric metric,
    State state,
    Duration consumed,
    Duration target,
    Instant dueAt,
    boolean warned,
    boolean breached) {

  public enum State {
    RUNNING,
    PAUSED,
    MET,
    CANCELLED
  }

  public Duration remaining() {
    Duration left = target.minus(consumed);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
