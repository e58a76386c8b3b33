package io.ticketknowledge.platform.cache;

import java.time.Duration;

/**
 * Shared counters ("views of article 42 today", "failed logins of user x this hour"), updated
 * atomically across nodes. They live in the same namespace as {@link Cache} entries: a counter can
 * be read with {@link Cache#get} and removed with {@link Cache#invalidate}.
 */
public interface Counters {

  /**
   * Adds {@code delta} (may be negative) and returns the new value; an absent counter starts at 0.
   */
  long increment(String key, long delta);

  /**
   * As {@link #increment(String, long)}; when this call creates the counter it also expires after
   * {@code ttlOnCreate} (a fixed window: later increments do not extend it). Creation and expiry
   * are one atomic step, so no counter is ever left without its expiry.
   *
   * @throws IllegalStateException when the key holds something that is not an integer, or the sum
   *     would overflow a long
   */
  long increment(String key, long delta, Duration ttlOnCreate);

  /** The counter's value, 0 when it does not exist (or expired). */
  long value(String key);
}
