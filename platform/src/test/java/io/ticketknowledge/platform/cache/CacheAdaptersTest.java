package io.ticketknowledge.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The adapter is chosen by configuration, and the in-JVM one never goes near Redis. */
class CacheAdaptersTest {

  /** Port 1 on loopback refuses every connection: any attempt to use Redis fails. */
  private static final URI DEAD_REDIS = URI.create("redis://127.0.0.1:1");

  private static final RedisPoolSettings SHORT =
      new RedisPoolSettings(
          2, 2, 0, Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500));

  @Test
  void memoryAdapterWorksWithoutRedis() {
    CacheAdapters adapters =
        new CacheAdapters(new CacheSettings("memory", "tk:", 100, DEAD_REDIS, SHORT));
    try {
      assertInstanceOf(MemoryCache.class, adapters.cache());
      assertSame(adapters.cache(), adapters.rateLimiter());
      assertSame(adapters.cache(), adapters.counters());
      assertEquals(Optional.empty(), adapters.redis());
      adapters.cache().put("k", "v", Duration.ofMinutes(1));
      assertEquals(Optional.of("v"), adapters.cache().get("k"));
      assertTrue(adapters.rateLimiter().tryAcquire("r", 1, 1).allowed());
    } finally {
      adapters.close();
    }
  }

  @Test
  void redisThatDoesNotAnswerIsReportedAsUnavailableWithinTheTimeouts() {
    CacheAdapters adapters =
        new CacheAdapters(new CacheSettings("redis", "tk:", 100, DEAD_REDIS, SHORT));
    try {
      assertInstanceOf(RedisCache.class, adapters.cache());
      CacheUnavailableException failure =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5),
              () -> assertThrows(CacheUnavailableException.class, () -> adapters.cache().get("k")));
      assertTrue(failure.getMessage().contains("127.0.0.1:1"), failure.getMessage());
      assertThrows(
          CacheUnavailableException.class, () -> adapters.rateLimiter().tryAcquire("r", 1, 1));
    } finally {
      adapters.close();
    }
  }

  @Test
  void anUnknownAdapterNameIsAClearError() {
    CacheAdapters adapters =
        new CacheAdapters(new CacheSettings("memcached", "tk:", 100, DEAD_REDIS, SHORT));
    IllegalStateException failure = assertThrows(IllegalStateException.class, adapters::cache);
    assertTrue(failure.getMessage().contains("memcached"));
  }

  @Test
  void badRedisSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RedisCache(URI.create("http://127.0.0.1:6379"), "tk:", SHORT));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RedisPoolSettings(
                0, 0, 0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RedisPoolSettings(
                4, 2, 3, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RedisPoolSettings(
                4, 2, 0, Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(1)));
  }
}
