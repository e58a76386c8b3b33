package io.ticketknowledge.platform.cache;

import java.time.Duration;

/**
 * The Redis adapter's connection pool and timeouts. A cache that answers slowly is worse than none,
 * so the defaults are short; together they also bound the readiness probe, which uses this pool.
 *
 * @param maxTotal most connections open at once ({@code tk.cache.redis.pool.max-total})
 * @param maxIdle most idle connections kept ({@code tk.cache.redis.pool.max-idle})
 * @param minIdle idle connections kept ready ({@code tk.cache.redis.pool.min-idle})
 * @param maxWait how long a caller waits for a free connection ({@code
 *     tk.cache.redis.pool.max-wait-ms})
 * @param connectTimeout TCP (and TLS) connect timeout ({@code tk.cache.redis.connect-timeout-ms})
 * @param readTimeout how long one command may take to answer ({@code
 *     tk.cache.redis.read-timeout-ms})
 */
public record RedisPoolSettings(
    int maxTotal,
    int maxIdle,
    int minIdle,
    Duration maxWait,
    Duration connectTimeout,
    Duration readTimeout) {

  public RedisPoolSettings {
    if (maxTotal <= 0 || maxIdle < 0 || minIdle < 0 || minIdle > maxIdle || maxIdle > maxTotal) {
      throw new IllegalArgumentException(
          "pool sizes must satisfy 0 <= min-idle <= max-idle <= max-total, max-total > 0; were "
              + minIdle
              + ", "
              + maxIdle
              + ", "
              + maxTotal);
    }
    for (Duration timeout : new Duration[] {maxWait, connectTimeout, readTimeout}) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("Redis timeouts must be positive, was " + timeout);
      }
    }
  }

  /** The defaults of the configuration keys. */
  public static RedisPoolSettings defaults() {
    return new RedisPoolSettings(
        16, 8, 0, Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1000));
  }
}
