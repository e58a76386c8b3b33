package io.ticketknowledge.platform.cache;

import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * What {@link CacheAdapters} needs to open the configured adapter; the keys and their defaults are
 * in the platform's microprofile-config.properties and docs/ports/cache.md.
 */
public record CacheSettings(
    String adapter,
    String namespace,
    int memoryMaxEntries,
    URI redisUrl,
    RedisPoolSettings redisPool) {

  public static final String MEMORY = "memory";
  public static final String REDIS = "redis";

  public static CacheSettings from(Config config) {
    return new CacheSettings(
        config.getValue("tk.cache.adapter", String.class).trim(),
        config.getValue("tk.cache.key-prefix", String.class),
        config.getValue("tk.cache.memory.max-entries", Integer.class),
        URI.create(config.getValue("tk.redis.url", String.class).trim()),
        new RedisPoolSettings(
            config.getValue("tk.cache.redis.pool.max-total", Integer.class),
            config.getValue("tk.cache.redis.pool.max-idle", Integer.class),
            config.getValue("tk.cache.redis.pool.min-idle", Integer.class),
            millis(config, "tk.cache.redis.pool.max-wait-ms"),
            millis(config, "tk.cache.redis.connect-timeout-ms"),
            millis(config, "tk.cache.redis.read-timeout-ms")));
  }

  private static Duration millis(Config config, String key) {
    return Duration.ofMillis(config.getValue(key, Long.class));
  }
}
