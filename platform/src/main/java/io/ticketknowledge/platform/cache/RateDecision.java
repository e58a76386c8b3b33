package io.ticketknowledge.platform.cache;

import java.time.Duration;

/**
 * The outcome of {@link RateLimiter#tryAcquire}.
 *
 * @param allowed whether the tokens were taken
 * @param remaining whole tokens left in the bucket after this call
 * @param retryAfter when denied, how long until the bucket holds the tokens asked for; zero when
 *     allowed
 */
public record RateDecision(boolean allowed, long remaining, Duration retryAfter) {

  public RateDecision {
    if (remaining < 0 || retryAfter == null || retryAfter.isNegative()) {
      throw new IllegalArgumentException("remaining and retryAfter must not be negative");
    }
  }

  static RateDecision granted(long remaining) {
    return new RateDecision(true, remaining, Duration.ZERO);
  }

  static RateDecision denied(long remaining, Duration retryAfter) {
    return new RateDecision(false, remaining, retryAfter);
  }
}
