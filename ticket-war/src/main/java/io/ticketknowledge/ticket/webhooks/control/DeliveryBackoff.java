package io.ticketknowledge.ticket.webhooks.control;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the pause doubles from {@code base} with each failure in a
 * row, capped at {@code max}; after {@code maxAttempts} failures in a row the delivery is given up
 * (marked failed; an admin may redeliver it).
 */
public record DeliveryBackoff(Duration base, Duration max, int maxAttempts) {

  public DeliveryBackoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "webhook backoff needs 0 < base <= max and at least one attempt");
    }
  }

  /**
   * The pause after the {@code failures}-th failure in a row (1-based), or null when that failure
   * was the last allowed attempt.
   */
  public Duration pauseAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures start at 1");
    }
    if (failures >= maxAttempts) {
      return null;
    }
    // 2^(failures-1) without overflow: beyond 2^30 the cap has long been reached
    long factor = 1L << Math.min(failures - 1, 30);
    Duration pause = base.multipliedBy(factor);
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
