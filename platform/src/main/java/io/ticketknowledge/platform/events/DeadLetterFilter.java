package io.ticketknowledge.platform.events;

import java.time.Instant;

/**
 * Which dead letters to list or replay; a null field does not filter. {@code errorContains} matches
 * the error text case-insensitively.
 */
public record DeadLetterFilter(
    String consumer,
    String eventType,
    Instant failedFrom,
    Instant failedBefore,
    String errorContains,
    boolean includeReplayed) {

  /** Every letter not replayed yet. */
  public static DeadLetterFilter pending() {
    return new DeadLetterFilter(null, null, null, null, null, false);
  }

  public static DeadLetterFilter all(boolean includeReplayed) {
    return new DeadLetterFilter(null, null, null, null, null, includeReplayed);
  }
}
