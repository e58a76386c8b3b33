package io.ticketknowledge.platform.cache;

import java.time.Duration;

/** The argument checks every adapter applies the same way, so both fail alike on bad input. */
final class CacheArguments {

  private CacheArguments() {}

  static String key(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a cache key must not be null or blank");
    }
    return key;
  }

  static String keyPrefix(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      // a blank prefix would wipe the whole namespace: nobody means that by accident
      throw new IllegalArgumentException("a key prefix must not be null or blank");
    }
    return prefix;
  }

  static String namespace(String namespace) {
    if (namespace == null || namespace.isBlank()) {
      throw new IllegalArgumentException("the cache namespace (tk.cache.key-prefix) must be set");
    }
    return namespace;
  }

  static String value(String value) {
    if (value == null) {
      throw new IllegalArgumentException("a cached value must not be null; invalidate instead");
    }
    return value;
  }

  /** A positive TTL in whole milliseconds, rounded up (Redis counts in milliseconds). */
  static long ttlMillis(Duration ttl) {
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("a TTL must be positive, was " + ttl);
    }
    long millis = ttl.toMillis();
    return ttl.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
  }

  static void bucket(int capacity, double refillPerSecond, int tokens) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("a bucket's capacity must be positive, was " + capacity);
    }
    if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
      throw new IllegalArgumentException(
          "a bucket's refill rate must be positive and finite, was " + refillPerSecond);
    }
    if (tokens <= 0 || tokens > capacity) {
      throw new IllegalArgumentException(
          "tokens must be between 1 and the capacity " + capacity + ", was " + tokens);
    }
  }

  /** How long until a bucket short of {@code missing} tokens has them, never less than 1 ms. */
  static Duration refillTime(double missing, double refillPerSecond) {
    long micros = (long) Math.ceil(missing * 1_000_000 / refillPerSecond);
    return Duration.ofNanos(Math.max(1_000, micros * 1_000));
  }
}
