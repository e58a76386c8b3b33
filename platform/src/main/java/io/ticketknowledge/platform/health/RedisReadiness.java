package io.ticketknowledge.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Ready when Redis answers PING, if Redis is the cache adapter. */
@Readiness
@Alternative
@ApplicationScoped
public class RedisReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.cache.adapter")
  String adapter;

  @Inject
  @ConfigProperty(name = "tk.redis.url")
  String url;

  @Inject
  @ConfigProperty(name = "tk.health.timeout-ms")
  int timeoutMs;

  @Override
  public HealthCheckResponse call() {
    if (!"redis".equals(adapter)) {
      return Probe.embedded("cache", adapter);
    }
    return Probe.run("cache", adapter, this::ping);
  }

  private String ping() {
    URI uri = URI.create(url);
    DefaultJedisClientConfig.Builder config =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis(timeoutMs)
            .socketTimeoutMillis(timeoutMs);
    if (uri.getUserInfo() != null) {
      String[] credentials = uri.getUserInfo().split(":", 2);
      config.user(credentials[0].isEmpty() ? null : credentials[0]);
      config.password(credentials.length > 1 ? credentials[1] : null);
    }
    if ("rediss".equals(uri.getScheme())) {
      config.ssl(true);
    }
    // a short-lived connection: the cache adapter's pool is not the probe's business
    try (Jedis jedis =
        new Jedis(
            new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()),
            config.build())) {
      return "PING " + jedis.ping();
    }
  }
}
