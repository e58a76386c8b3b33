package io.ticketknowledge.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The cache contract on the Redis adapter, against the real Redis of {@code TK_REDIS_URL} (written
 * by scripts/services/up.sh to .services/env). Without it the suite fails: it never skips.
 */
class RedisCacheContractIT extends CacheContract {

  private static URI url;

  @BeforeAll
  static void redisUrl() {
    String configured = System.getenv("TK_REDIS_URL");
    if (configured == null || configured.isBlank()) {
      fail(
          "TK_REDIS_URL is not set: the Redis contract suite needs a real Redis."
              + " Start the services (scripts/services/up.sh) and `. .services/env` first.");
    }
    url = URI.create(configured.trim());
  }

  @Override
  CacheStore open(String namespace) {
    return new RedisCache(url, namespace, RedisPoolSettings.defaults());
  }

  @Test
  void keysAreStoredUnderTheNamespaceAndCountersGetTheirExpiryAtCreation() {
    store.put("k", "v", Duration.ofMinutes(1));
    store.increment("window", 1, Duration.ofMinutes(1));
    store.increment("window", 1, Duration.ofHours(5));
    store.tryAcquire("bucket", 10, 1);
    try (Jedis jedis = new Jedis(url)) {
      assertEquals("v", jedis.get(store.namespace() + "k"));
      long windowTtl = jedis.pttl(store.namespace() + "window");
      assertTrue(windowTtl > 0 && windowTtl <= 60_000, "TTL set once, at creation: " + windowTtl);
      long bucketTtl = jedis.pttl(store.namespace() + "bucket");
      assertTrue(
          bucketTtl > 0 && bucketTtl <= 1_000, "a bucket lives until it is full: " + bucketTtl);
    }
  }

  @Test
  void pingGoesThroughThePool() {
    assertTrue(((RedisCache) store).ping().startsWith("PONG"));
  }
}
