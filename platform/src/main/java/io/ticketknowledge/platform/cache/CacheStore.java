package io.ticketknowledge.platform.cache;

/**
 * One adapter of the cache port: values, counters and token buckets in one namespace. Business code
 * injects the narrower {@link Cache}, {@link Counters} or {@link RateLimiter}.
 */
public interface CacheStore extends Cache, Counters, RateLimiter, AutoCloseable {

  /** The namespace every key of this store is written under. */
  String namespace();

  /** Releases connections or memory; the store must not be used afterwards. */
  @Override
  void close();
}
