package io.ticketknowledge.platform.cache;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The in-JVM adapter (embedded profile, one node): values, counters and token buckets in one map of
 * at most {@code maxEntries} entries. Expired entries are dropped when read and swept when the map
 * is full; if it is still full, the least recently used entry goes (a counter or bucket too: an
 * evicted bucket starts full again).
 *
 * <p>One lock guards the map, so every operation, including read-modify-write of counters and
 * buckets, is atomic; each holds it for a map operation only, which is cheap next to a request.
 */
public final class MemoryCache implements CacheStore {

  private static final long NEVER = Long.MAX_VALUE;
  private static final long SWEEP_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

  private final String namespace;
  private final int maxEntries;
  private final LongSupplier nanoClock;
  // access order: iteration starts at the least recently used entry
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long nextSweep;

  public MemoryCache(String namespace, int maxEntries) {
    this(namespace, maxEntries, System::nanoTime);
  }

  MemoryCache(String namespace, int maxEntries, LongSupplier nanoClock) {
    this.namespace = CacheArguments.namespace(namespace);
    if (maxEntries <= 0) {
      throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.nanoClock = nanoClock;
    this.nextSweep = nanoClock.getAsLong();
  }

  /** A value (text or counter) or a token bucket, and when it expires ({@link #NEVER} if not). */
  private record Entry(Object value, long expiresAt) {
    boolean expired(long now) {
      return expiresAt != NEVER && now - expiresAt >= 0;
    }
  }

  private record Bucket(double tokens, long refilledAt) {}

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Optional<String> get(String key) {
    String k = namespaced(key);
    synchronized (entries) {
      Entry entry = live(k, nanoClock.getAsLong());
      return entry == null ? Optional.empty() : Optional.of(text(entry, key));
    }
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    String k = namespaced(key);
    CacheArguments.value(value);
    long ttlNanos = Duration.ofMillis(CacheArguments.ttlMillis(ttl)).toNanos();
    synchronized (entries) {
      long now = nanoClock.getAsLong();
      store(k, new Entry(value, now + ttlNanos), now);
    }
  }

  @Override
  public boolean invalidate(String key) {
    String k = namespaced(key);
    synchronized (entries) {
      Entry removed = entries.remove(k);
      return removed != null && !removed.expired(nanoClock.getAsLong());
    }
  }

  @Override
  public long invalidatePrefix(String keyPrefix) {
    String prefix = namespace + CacheArguments.keyPrefix(keyPrefix);
    long removed = 0;
    synchronized (entries) {
      long now = nanoClock.getAsLong();
      for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Entry> entry = it.next();
        if (entry.getKey().startsWith(prefix)) {
          if (!entry.getValue().expired(now)) {
            removed++;
          }
          it.remove();
        }
      }
    }
    return removed;
  }

  @Override
  public long increment(String key, long delta) {
    return add(namespaced(key), key, delta, NEVER);
  }

  @Override
  public long increment(String key, long delta, Duration ttlOnCreate) {
    String k = namespaced(key);
    return add(k, key, delta, Duration.ofMillis(CacheArguments.ttlMillis(ttlOnCreate)).toNanos());
  }

  private long add(String k, String key, long delta, long ttlNanos) {
    synchronized (entries) {
      long now = nanoClock.getAsLong();
      Entry entry = live(k, now);
      if (entry == null) {
        store(k, new Entry(Long.toString(delta), ttlNanos == NEVER ? NEVER : now + ttlNanos), now);
        return delta;
      }
      long sum;
      try {
        sum = Math.addExact(integer(entry, key), delta);
      } catch (ArithmeticException overflow) {
        throw new IllegalStateException("counter " + key + " would overflow", overflow);
      }
      entries.put(k, new Entry(Long.toString(sum), entry.expiresAt()));
      return sum;
    }
  }

  @Override
  public long value(String key) {
    String k = namespaced(key);
    synchronized (entries) {
      Entry entry = live(k, nanoClock.getAsLong());
      return entry == null ? 0 : integer(entry, key);
    }
  }

  @Override
  public RateDecision tryAcquire(String key, int capacity, double refillPerSecond, int tokens) {
    String k = namespaced(key);
    CacheArguments.bucket(capacity, refillPerSecond, tokens);
    synchronized (entries) {
      long now = nanoClock.getAsLong();
      Entry entry = live(k, now);
      double available = capacity;
      if (entry != null) {
        if (!(entry.value() instanceof Bucket bucket)) {
          throw new IllegalStateException(key + " holds a value, not a rate-limit bucket");
        }
        double refilled = (now - bucket.refilledAt()) / 1e9 * refillPerSecond;
        available = Math.min(capacity, bucket.tokens() + refilled);
      }
      RateDecision decision;
      if (available >= tokens) {
        available -= tokens;
        decision = RateDecision.granted((long) Math.floor(available));
      } else {
        decision =
            RateDecision.denied(
                (long) Math.floor(available),
                CacheArguments.refillTime(tokens - available, refillPerSecond));
      }
      // once full again the bucket is the same as none: let it expire then
      long untilFull = CacheArguments.refillTime(capacity - available, refillPerSecond).toNanos();
      store(k, new Entry(new Bucket(available, now), now + untilFull), now);
      return decision;
    }
  }

  @Override
  public void close() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** How many entries the map holds, expired ones not yet swept included. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  private String namespaced(String key) {
    return namespace + CacheArguments.key(key);
  }

  /** The entry if present and not expired; an expired one is dropped. Caller holds the lock. */
  private Entry live(String k, long now) {
    Entry entry = entries.get(k);
    if (entry != null && entry.expired(now)) {
      entries.remove(k);
      return null;
    }
    return entry;
  }

  /** Puts an entry, making room first when a new key would exceed the bound. Caller holds lock. */
  private void store(String k, Entry entry, long now) {
    if (!entries.containsKey(k) && entries.size() >= maxEntries) {
      if (now - nextSweep >= 0) {
        entries.values().removeIf(e -> e.expired(now));
        nextSweep = now + SWEEP_INTERVAL_NANOS;
      }
      Iterator<String> leastRecentlyUsed = entries.keySet().iterator();
      while (entries.size() >= maxEntries && leastRecentlyUsed.hasNext()) {
        leastRecentlyUsed.next();
        leastRecentlyUsed.remove();
      }
    }
    entries.put(k, entry);
  }

  private static String text(Entry entry, String key) {
    if (entry.value() instanceof String text) {
      return text;
    }
    throw new IllegalStateException(key + " holds a rate-limit bucket, not a value");
  }

  private static long integer(Entry entry, String key) {
    String text = text(entry, key);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new IllegalStateException(key + " holds a value that is not an integer");
    }
  }
}
