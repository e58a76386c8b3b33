package io.ticketknowledge.platform.health;

import io.ticketknowledge.platform.cache.CacheAdapters;
import io.ticketknowledge.platform.cache.RedisCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when Redis answers PING, if Redis is the cache adapter. The PING goes through the adapter's
 * own pool: readiness then reports what the application sees (a pool that cannot hand out a
 * connection is not ready either), and no probe opens a connection of its own. The pool's timeouts
 * ({@code tk.cache.redis.*-ms}) bound the probe.
 */
@Readiness
@Alternative
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.cache.adapter")
  String adapter;

  @Inject CacheAdapters adapters;

  @Override
  public HealthCheckResponse call() {
    if (!"redis".equals(adapter)) {
      return Probe.embedded("cache", adapter);
    }
    return Probe.run("cache", adapter, this::ping);
  }

  private String ping() {
    RedisCache redis =
        adapters
            .redis()
            .orElseThrow(() -> new IllegalStateException("the cache adapter in use is not Redis"));
    return "PING " + redis.ping();
  }
}
