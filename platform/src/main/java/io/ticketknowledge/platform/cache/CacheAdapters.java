package io.ticketknowledge.platform.cache;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the adapter {@code tk.cache.adapter} names ({@code memory} or {@code redis}) on first use
 * and hands it out as the port's interfaces; closes it (and the Redis pool) when the application
 * stops. The memory adapter never opens a connection, so the embedded profile needs no Redis.
 */
@ApplicationScoped
public class CacheAdapters {

  private static final Logger LOG = Logger.getLogger(CacheAdapters.class.getName());

  private CacheSettings settings;
  private CacheStore store;

  /** For CDI: the settings are read from MicroProfile Config on first use. */
  public CacheAdapters() {}

  public CacheAdapters(CacheSettings settings) {
    this.settings = settings;
  }

  @Produces
  public Cache cache() {
    return store();
  }

  @Produces
  public Counters counters() {
    return store();
  }

  @Produces
  public RateLimiter rateLimiter() {
    return store();
  }

  /** The Redis adapter when it is the configured one (for the readiness probe), else empty. */
  public Optional<RedisCache> redis() {
    return store() instanceof RedisCache redis ? Optional.of(redis) : Optional.empty();
  }

  synchronized CacheStore store() {
    if (store == null) {
      if (settings == null) {
        settings = CacheSettings.from(ConfigProvider.getConfig());
      }
      store = open(settings);
      LOG.info(
          () ->
              "Cache adapter "
                  + settings.adapter()
                  + ", keys under "
                  + settings.namespace()
                  + (store instanceof RedisCache ? " at " + settings.redisUrl().getHost() : ""));
    }
    return store;
  }

  static CacheStore open(CacheSettings settings) {
    return switch (settings.adapter()) {
      case CacheSettings.MEMORY ->
          new MemoryCache(settings.namespace(), settings.memoryMaxEntries());
      case CacheSettings.REDIS ->
          new RedisCache(settings.redisUrl(), settings.namespace(), settings.redisPool());
      default ->
          throw new IllegalStateException(
              "tk.cache.adapter must be memory or redis, was '" + settings.adapter() + "'");
    };
  }

  @PreDestroy
  public synchronized void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }
}
