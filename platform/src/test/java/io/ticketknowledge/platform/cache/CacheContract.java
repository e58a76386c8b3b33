package io.ticketknowledge.platform.cache;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every adapter of the cache port must do, run against each of them ({@code
 * MemoryCacheContractTest}, {@code RedisCacheContractIT}). Every test writes below a namespace of
 * its own, so runs and concurrent engineers never see each other's keys.
 */
abstract class CacheContract {

  static final String TEST_NAMESPACE = "tk-contract:";
  private static final Duration LONG = Duration.ofHours(1);

  private final String run = UUID.randomUUID().toString();
  private final List<CacheStore> opened = new ArrayList<>();
  CacheStore store;

  /** A store of the adapter under test, writing below {@code namespace}. */
  abstract CacheStore open(String namespace);

  /** A store below a namespace of this test's own; closed after the test. */
  final CacheStore openIsolated(String name) {
    CacheStore opened = open(TEST_NAMESPACE + run + ":" + name + ":");
    this.opened.add(opened);
    return opened;
  }

  @BeforeEach
  void openStore() {
    store = openIsolated("main");
  }

  @AfterEach
  void removeKeysAndClose() {
    try (CacheStore all = open(TEST_NAMESPACE)) {
      all.invalidatePrefix(run + ":");
    } finally {
      opened.forEach(CacheStore::close);
    }
  }

  // ---- values ----

  @Test
  void storedValuesAreReadBackAndReplaced() {
    assertEquals(Optional.empty(), store.get("article:1"));
    store.put("article:1", "如何重設密碼", LONG);
    assertEquals(Optional.of("如何重設密碼"), store.get("article:1"));
    store.put("article:1", "v2", LONG);
    assertEquals(Optional.of("v2"), store.get("article:1"));
    store.put("empty", "", LONG);
    assertEquals(Optional.of(""), store.get("empty"));
  }

  @Test
  void valuesExpireAfterTheirTtlAndAPutReplacesTheTtl() {
    store.put("short", "x", Duration.ofMillis(800));
    store.put("long", "y", LONG);
    store.put("renewed", "z", Duration.ofMillis(800));
    store.put("renewed", "z", LONG);
    assertEquals(Optional.of("x"), store.get("short"));

    await().atMost(Duration.ofSeconds(5)).until(() -> store.get("short").isEmpty());
    assertEquals(Optional.of("y"), store.get("long"));
    assertEquals(Optional.of("z"), store.get("renewed"));
    assertFalse(store.invalidate("short"), "an expired key is gone, not waiting for removal");
  }

  @Test
  void invalidateRemovesOneKeyAndSaysWhetherItWasThere() {
    store.put("a", "1", LONG);
    store.put("b", "2", LONG);
    assertTrue(store.invalidate("a"));
    assertFalse(store.invalidate("a"));
    assertFalse(store.invalidate("never-written"));
    assertEquals(Optional.empty(), store.get("a"));
    assertEquals(Optional.of("2"), store.get("b"));
  }

  @Test
  void invalidatePrefixRemovesExactlyTheKeysThatStartWithIt() {
    for (String key :
        List.of("article:1:html", "article:1:summary", "article:10:html", "article:1", "user:1")) {
      store.put(key, key, LONG);
    }
    store.increment("article:1:views", 5);

    assertEquals(3, store.invalidatePrefix("article:1:"));

    assertEquals(Optional.empty(), store.get("article:1:html"));
    assertEquals(0, store.value("article:1:views"));
    for (String kept : List.of("article:10:html", "article:1", "user:1")) {
      assertEquals(Optional.of(kept), store.get(kept), kept);
    }
    assertEquals(0, store.invalidatePrefix("nothing-here:"));
  }

  @Test
  void invalidatePrefixTakesPatternCharactersLiterally() {
    for (String key :
        List.of("a*b:1", "a*b:2", "axb:1", "a?:1", "ab:1", "a[1]:x", "a1:x", "a\\:1")) {
      store.put(key, key, LONG);
    }
    assertEquals(2, store.invalidatePrefix("a*b:"));
    assertEquals(1, store.invalidatePrefix("a?"));
    assertEquals(1, store.invalidatePrefix("a[1]"));
    assertEquals(1, store.invalidatePrefix("a\\"));
    for (String kept : List.of("axb:1", "ab:1", "a1:x")) {
      assertEquals(Optional.of(kept), store.get(kept), kept);
    }
  }

  @Test
  void namespacesDoNotSeeEachOthersKeys() {
    CacheStore other = openIsolated("other");
    store.put("k", "mine", LONG);
    other.put("k", "theirs", LONG);
    store.increment("n", 1);
    other.increment("n", 10);

    assertEquals(Optional.of("mine"), store.get("k"));
    assertEquals(Optional.of("theirs"), other.get("k"));
    assertEquals(1, store.value("n"));

    assertEquals(1, store.invalidatePrefix("k"));
    assertEquals(Optional.of("theirs"), other.get("k"));
    assertEquals(10, other.value("n"));
    assertTrue(other.invalidate("k"));
    assertFalse(store.invalidate("k"));
  }

  // ---- counters ----

  @Test
  void countersStartAtZeroAndAddDeltas() {
    assertEquals(0, store.value("views"));
    assertEquals(5, store.increment("views", 5));
    assertEquals(2, store.increment("views", -3));
    assertEquals(2, store.increment("views", 0));
    assertEquals(2, store.value("views"));
    assertEquals(Optional.of("2"), store.get("views"), "a counter is a value too");
    assertTrue(store.invalidate("views"));
    assertEquals(0, store.value("views"));
  }

  @Test
  void counterExpiresAfterTheTtlSetWhenItWasCreatedNotExtendedLater() {
    assertEquals(1, store.increment("window", 1, Duration.ofMillis(800)));
    assertEquals(2, store.increment("window", 1, LONG));
    assertEquals(3, store.increment("window", 1));
    assertEquals(1, store.increment("forever", 1));

    await().atMost(Duration.ofSeconds(5)).until(() -> store.value("window") == 0);
    assertEquals(1, store.increment("window", 1, LONG), "a new window starts from zero");
    assertEquals(1, store.value("forever"));
  }

  @Test
  void countingAValueThatIsNoIntegerOrWouldOverflowIsRefused() {
    store.put("text", "abc", LONG);
    assertThrows(IllegalStateException.class, () -> store.increment("text", 1));
    assertThrows(IllegalStateException.class, () -> store.increment("text", 1, LONG));
    assertThrows(IllegalStateException.class, () -> store.value("text"));
    assertEquals(Optional.of("abc"), store.get("text"), "a refused increment changes nothing");

    store.put("max", Long.toString(Long.MAX_VALUE), LONG);
    assertThrows(IllegalStateException.class, () -> store.increment("max", 1));
    assertEquals(Long.MAX_VALUE, store.value("max"));
  }

  @Test
  void concurrentIncrementsAddUpExactly() throws Exception {
    int threads = 8;
    int increments = 250;
    List<Long> seen =
        concurrently(
            threads,
            () -> {
              List<Long> values = new ArrayList<>();
              for (int i = 0; i < increments; i++) {
                values.add(
                    i % 2 == 0
                        ? store.increment("hits", 1)
                        : store.increment("hits", 1, Duration.ofMinutes(5)));
              }
              return values;
            });
    assertEquals(threads * increments, store.value("hits"));
    // every increment saw its own value: none was lost or counted twice
    assertEquals(threads * increments, seen.stream().distinct().count());
  }

  // ---- token buckets ----

  @Test
  void aBurstGetsExactlyTheCapacityEvenUnderConcurrency() throws Exception {
    int capacity = 40;
    double almostNoRefill = 0.001;
    List<Boolean> outcomes =
        concurrently(
            8,
            () -> {
              List<Boolean> allowed = new ArrayList<>();
              for (int i = 0; i < 20; i++) {
                allowed.add(store.tryAcquire("burst", capacity, almostNoRefill).allowed());
              }
              return allowed;
            });
    assertEquals(capacity, outcomes.stream().filter(Boolean::booleanValue).count());
    RateDecision after = store.tryAcquire("burst", capacity, almostNoRefill);
    assertFalse(after.allowed());
    assertEquals(0, after.remaining());
  }

  @Test
  void grantsCountDownRemainingTokens() {
    RateDecision first = store.tryAcquire("user:1", 3, 0.01);
    assertTrue(first.allowed());
    assertEquals(2, first.remaining());
    assertEquals(Duration.ZERO, first.retryAfter());
    assertEquals(0, store.tryAcquire("user:1", 3, 0.01, 2).remaining());
    assertFalse(store.tryAcquire("user:1", 3, 0.01).allowed());
    assertTrue(store.tryAcquire("user:2", 3, 0.01).allowed(), "each key has its own bucket");
  }

  @Test
  void anEmptiedBucketRefillsOverTimeUpToItsCapacity() {
    for (int i = 0; i < 2; i++) {
      assertTrue(store.tryAcquire("refill", 2, 4).allowed());
    }
    assertFalse(store.tryAcquire("refill", 2, 4).allowed());

    // idle for 1.5 s at 4 tokens per second: 6 tokens if nothing capped them
    AtomicReference<RateDecision> refilled = new AtomicReference<>();
    await()
        .pollDelay(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> refilled.updateAndGet(d -> store.tryAcquire("refill", 2, 4)).allowed());
    assertEquals(1, refilled.get().remaining(), "a bucket never holds more than its capacity");
  }

  @Test
  void retryAfterSaysWhenTheTokensAskedForAreThere() {
    assertTrue(store.tryAcquire("retry", 10, 2, 10).allowed());

    RateDecision four = store.tryAcquire("retry", 10, 2, 4);
    assertFalse(four.allowed());
    assertEquals(0, four.remaining());
    assertBetween(Duration.ofMillis(1500), four.retryAfter(), Duration.ofMillis(2000));

    RateDecision one = store.tryAcquire("retry", 10, 2);
    assertFalse(one.allowed(), "a denied request takes nothing, and no time has passed");
    assertBetween(Duration.ofMillis(250), one.retryAfter(), Duration.ofMillis(500));

    await()
        .pollDelay(one.retryAfter())
        .pollInterval(Duration.ofMillis(20))
        .atMost(one.retryAfter().plusSeconds(2))
        .until(() -> store.tryAcquire("retry", 10, 2).allowed());
  }

  @Test
  void keysHoldOneKindOfThing() {
    store.tryAcquire("bucket", 5, 1);
    assertThrows(IllegalStateException.class, () -> store.get("bucket"));
    assertThrows(IllegalStateException.class, () -> store.increment("bucket", 1));
    store.put("value", "v", LONG);
    assertThrows(IllegalStateException.class, () -> store.tryAcquire("value", 5, 1));
    assertTrue(store.invalidate("bucket"));
  }

  // ---- arguments ----

  @Test
  void badArgumentsAreRefusedBeforeAnythingIsStored() {
    for (String key : new String[] {null, "", "  "}) {
      refused(() -> store.get(key));
      refused(() -> store.put(key, "v", LONG));
      refused(() -> store.invalidate(key));
      refused(() -> store.invalidatePrefix(key));
      refused(() -> store.increment(key, 1));
      refused(() -> store.increment(key, 1, LONG));
      refused(() -> store.value(key));
      refused(() -> store.tryAcquire(key, 1, 1));
    }
    refused(() -> store.put("k", null, LONG));
    for (Duration ttl : new Duration[] {null, Duration.ZERO, Duration.ofMillis(-1)}) {
      refused(() -> store.put("k", "v", ttl));
      refused(() -> store.increment("k", 1, ttl));
    }
    refused(() -> store.tryAcquire("b", 0, 1));
    refused(() -> store.tryAcquire("b", -1, 1));
    refused(() -> store.tryAcquire("b", 5, 0));
    refused(() -> store.tryAcquire("b", 5, -1));
    refused(() -> store.tryAcquire("b", 5, Double.NaN));
    refused(() -> store.tryAcquire("b", 5, Double.POSITIVE_INFINITY));
    refused(() -> store.tryAcquire("b", 5, 1, 0));
    refused(() -> store.tryAcquire("b", 5, 1, 6));
    refused(() -> open(" "));
    refused(() -> open(null));

    assertEquals(Optional.empty(), store.get("k"));
    assertEquals(0, store.value("k"));
    assertEquals(4, store.tryAcquire("b", 5, 1).remaining(), "refused calls took no token");
  }

  private static void refused(Executable call) {
    assertThrows(IllegalArgumentException.class, call);
  }

  private static void assertBetween(Duration low, Duration actual, Duration high) {
    assertTrue(
        actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
        actual + " is not between " + low + " and " + high);
  }

  /** Runs the task on {@code threads} threads released at once; returns all their results. */
  static <T> List<T> concurrently(int threads, Callable<List<T>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<List<T>> future : futures) {
        results.addAll(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
