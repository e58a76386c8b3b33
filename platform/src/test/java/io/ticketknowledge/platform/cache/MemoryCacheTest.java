package io.ticketknowledge.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What only the in-JVM adapter has to prove: it stays within its bound, on a clock we control. */
class MemoryCacheTest {

  private final AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
  private final MemoryCache cache = new MemoryCache("t:", 3, now::get);

  @Test
  void neverHoldsMoreThanItsBoundAndEvictsTheLeastRecentlyUsed() {
    cache.put("a", "1", Duration.ofHours(1));
    cache.put("b", "2", Duration.ofHours(1));
    cache.put("c", "3", Duration.ofHours(1));
    cache.get("a"); // b is now the least recently used

    cache.put("d", "4", Duration.ofHours(1));

    assertEquals(3, cache.size());
    assertEquals(Optional.empty(), cache.get("b"));
    assertEquals(Optional.of("1"), cache.get("a"));
    assertEquals(Optional.of("4"), cache.get("d"));
    for (int i = 0; i < 1000; i++) {
      cache.increment("n" + i, 1);
      cache.tryAcquire("r" + i, 5, 1);
    }
    assertEquals(3, cache.size());
  }

  @Test
  void expiredEntriesMakeRoomBeforeLiveOnesAreEvicted() {
    cache.put("live", "1", Duration.ofHours(1));
    cache.put("short1", "2", Duration.ofSeconds(1));
    cache.put("short2", "3", Duration.ofSeconds(1));
    cache.get("short1");
    cache.get("short2"); // "live" is now the least recently used, but the others have expired
    now.addAndGet(Duration.ofSeconds(2).toNanos());

    cache.put("new", "4", Duration.ofHours(1));

    assertEquals(Optional.of("1"), cache.get("live"));
    assertEquals(Optional.of("4"), cache.get("new"));
    assertEquals(2, cache.size());
  }

  @Test
  void expiryAndRefillFollowTheClock() {
    cache.put("k", "v", Duration.ofMillis(1000));
    now.addAndGet(Duration.ofMillis(999).toNanos());
    assertEquals(Optional.of("v"), cache.get("k"));
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertEquals(Optional.empty(), cache.get("k"));

    assertTrue(cache.tryAcquire("b", 2, 10, 2).allowed());
    RateDecision denied = cache.tryAcquire("b", 2, 10);
    assertEquals(Duration.ofMillis(100), denied.retryAfter());
    now.addAndGet(Duration.ofMillis(99).toNanos());
    assertEquals(false, cache.tryAcquire("b", 2, 10).allowed());
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertTrue(cache.tryAcquire("b", 2, 10).allowed());
  }

  @Test
  void aBoundOfZeroIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MemoryCache("t:", 0));
  }
}
