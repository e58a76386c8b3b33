package io.ticketknowledge.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.blobs.BlobPolicy;
import io.ticketknowledge.platform.blobs.ContentTypeDetector;
import io.ticketknowledge.platform.blobs.FilesystemBlobStore;
import io.ticketknowledge.platform.blobs.S3BlobStore;
import io.ticketknowledge.platform.blobs.S3Settings;
import io.ticketknowledge.platform.cache.CacheAdapters;
import io.ticketknowledge.platform.cache.CacheSettings;
import io.ticketknowledge.platform.cache.RedisPoolSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
    Duration timeout = Duration.ofMillis(TIMEOUT_MS);
    RedisReadiness check = new RedisReadiness();
    check.adapter = "redis";
    check.adapters =
        new CacheAdapters(
            new CacheSettings(
                "redis",
                "tk:",
                100,
                URI.create("redis://127.0.0.1:1"),
                new RedisPoolSettings(2, 2, 0, timeout, timeout, timeout)));
    try {
      assertDown(check.call(), "cache");
    } finally {
      check.adapters.close();
    }
  }

  @Test
  void kafkaDown() {
    KafkaReadiness check = new KafkaReadiness();
    check.transport = "liberty-kafka";
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
  void s3Down() throws Exception {
    S3BlobStore store =
        new S3BlobStore(
            new S3Settings(
                "http://127.0.0.1:1",
                "us-east-1",
                "tk-attachments",
                "key",
                "secret",
                "",
                S3Settings.MIN_PART_SIZE,
                true,
                Optional.empty(),
                Duration.ofMillis(TIMEOUT_MS)),
            BlobPolicy.of(List.of("text/plain"), 1024),
            new ContentTypeDetector(),
            Clock.systemUTC());
    BlobStoreReadiness check = new BlobStoreReadiness();
    check.adapter = "s3";
    check.store = store;
    try {
      assertDown(check.call(), "blobs");
    } finally {
      store.close();
    }
  }

  @Test
  void blobDirectoryNotWritable(@TempDir Path temp) throws Exception {
    // a directory cannot be made below a plain file, whoever runs the test (even root)
    Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
    BlobStoreReadiness check = new BlobStoreReadiness();
    check.adapter = "filesystem";
    check.store =
        new FilesystemBlobStore(
            file.resolve("blobs"),
            BlobPolicy.of(List.of("text/plain"), 1024),
            new ContentTypeDetector(),
            Clock.systemUTC());
    assertDown(check.call(), "blobs");

    check.store =
        new FilesystemBlobStore(
            temp.resolve("blobs"),
            BlobPolicy.of(List.of("text/plain"), 1024),
            new ContentTypeDetector(),
            Clock.systemUTC());
    HealthCheckResponse response = check.call();
    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertTrue(Files.isDirectory(temp.resolve("blobs")));
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
