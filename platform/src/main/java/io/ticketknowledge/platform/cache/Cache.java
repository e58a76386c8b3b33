package io.ticketknowledge.platform.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived values shared by every node of the application: look-ups worth keeping for a while,
 * keyed by strings. Every key is stored below the configured namespace ({@code
 * tk.cache.key-prefix}), so callers name only their own part ({@code "article:42:html"}).
 *
 * <p>A cache may lose any entry at any time (expiry, eviction, a restart): callers must be able to
 * rebuild what they put here. Keys must not be null or blank, TTLs must be positive; otherwise an
 * {@link IllegalArgumentException}. When the backing service does not answer, a {@link
 * CacheUnavailableException}.
 */
public interface Cache {

  /** The value stored under the key, or empty when there is none or it has expired. */
  Optional<String> get(String key);

  /** Stores the value, replacing any previous one (and its TTL); it expires after {@code ttl}. */
  void put(String key, String value, Duration ttl);

  /** Removes the key; true when there was something to remove. */
  boolean invalidate(String key);

  /**
   * Removes every key that starts with {@code keyPrefix} (within this namespace only), e.g. {@code
   * "article:42:"}; returns how many were removed. Keys written while this runs may survive.
   */
  long invalidatePrefix(String keyPrefix);
}
