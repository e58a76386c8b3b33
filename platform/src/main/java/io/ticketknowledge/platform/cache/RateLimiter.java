package io.ticketknowledge.platform.cache;

/**
 * Token buckets shared by every node: a bucket holds at most {@code capacity} tokens and gains
 * {@code refillPerSecond} tokens per second; each call takes tokens if there are enough. A full
 * burst of {@code capacity} is allowed at once, the sustained rate is {@code refillPerSecond}.
 *
 * <p>Taking is atomic: under any concurrency a full bucket grants exactly {@code capacity} tokens.
 * A bucket that refills completely is forgotten (it is indistinguishable from a new one).
 */
public interface RateLimiter {

  /** Takes one token. */
  default RateDecision tryAcquire(String key, int capacity, double refillPerSecond) {
    return tryAcquire(key, capacity, refillPerSecond, 1);
  }

  /**
   * Takes {@code tokens} tokens if the bucket holds that many, otherwise takes none.
   *
   * @throws IllegalArgumentException for a null or blank key, a capacity, refill rate or token
   *     count that is not positive, or more tokens than the capacity (they could never be granted)
   */
  RateDecision tryAcquire(String key, int capacity, double refillPerSecond, int tokens);
}
