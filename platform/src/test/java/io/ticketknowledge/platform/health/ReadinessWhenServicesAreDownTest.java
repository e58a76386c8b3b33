package io.ticketknowledge.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness must go DOWN, quickly and without internals, when a backing service of the profile does
 * not answer; port 1 on loopback refuses every connection.
 */
class ReadinessWhenServicesAreDownTest {

  private static final int TIMEOUT_MS = 1500;

  @Test
  void redisDown() {
    RedisReadiness check = new RedisReadiness();
    check.adapter = "redis";
    check.url = "redis://127.0.0.1:1";
    check.timeoutMs = TIMEOUT_MS;
    assertDown(check.call(), "cache");
  }

  @Test
  void kafkaDown() {
    KafkaReadiness check = new KafkaReadiness();
    check.transport = "kafka";
    check.bootstrap = "127.0.0.1:1";
    check.timeoutMs = TIMEOUT_MS;
    try {
      assertDown(check.call(), "events");
    } finally {
      check.close();
    }
  }

  @Test
  void elasticsearchDown() {
    SearchReadiness check = new SearchReadiness();
    check.adapter = "elasticsearch";
    check.url = "http://127.0.0.1:1";
    check.timeoutMs = TIMEOUT_MS;
    assertDown(check.call(), "search");
  }

  @Test
  void luceneDirectoryThatCannotBeADirectory(@TempDir Path temp) throws IOException {
    SearchReadiness check = new SearchReadiness();
    check.adapter = "lucene";
    check.luceneDir = Files.writeString(temp.resolve("a-file"), "x").resolve("search").toString();
    assertDown(check.call(), "search");
    check.luceneDir = temp.resolve("search").toString();
    assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
  }

  @Test
  void s3Down() {
    BlobStoreReadiness check = new BlobStoreReadiness();
    check.adapter = "s3";
    check.endpoint = "http://127.0.0.1:1";
    check.region = "us-east-1";
    check.bucket = "tk-attachments";
    check.createBucket = true;
    check.accessKey = Optional.of("key");
    check.secretKey = Optional.of("secret");
    check.timeoutMs = TIMEOUT_MS;
    assertDown(check.call(), "blobs");
  }

  @Test
  void embeddedAdaptersHaveNoServiceToWaitFor() {
    RedisReadiness check = new RedisReadiness();
    check.adapter = "memory";
    HealthCheckResponse response = check.call();
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertEquals("memory", response.getData().orElseThrow().get("adapter"));
  }

  private static void assertDown(HealthCheckResponse response, String name) {
    assertEquals(name, response.getName());
    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    String error = String.valueOf(response.getData().orElseThrow().get("error"));
    assertFalse(error.isBlank());
    assertFalse(error.contains("\tat "), error);
    assertTrue(error.length() <= 300, error);
    long ms = ((Number) response.getData().orElseThrow().get("ms")).longValue();
    assertTrue(ms < 10_000, "a dead service must not stall readiness: " + ms + " ms");
  }
}
