package io.ticketknowledge.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.cache.CacheAdapters;
import io.ticketknowledge.platform.cache.CacheSettings;
import io.ticketknowledge.platform.cache.RedisPoolSettings;
import java.net.URI;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness is UP against the real Redis of {@code TK_REDIS_URL}, through the adapter's pool. */
class RedisReadinessIT {

  @Test
  void upWhenRedisAnswers() {
    String url = System.getenv("TK_REDIS_URL");
    assertNotNull(url, "TK_REDIS_URL is not set: start the services and `. .services/env` first");
    RedisReadiness check = new RedisReadiness();
    check.adapter = "redis";
    check.adapters =
        new CacheAdapters(
            new CacheSettings(
                "redis", "tk-readiness:", 100, URI.create(url), RedisPoolSettings.defaults()));
    try {
      HealthCheckResponse response = check.call();
      assertEquals(
          HealthCheckResponse.Status.UP, response.getStatus(), response.getData().toString());
      assertTrue(
          String.valueOf(response.getData().orElseThrow().get("detail")).startsWith("PING PONG"));
    } finally {
      check.adapters.close();
    }
  }
}
