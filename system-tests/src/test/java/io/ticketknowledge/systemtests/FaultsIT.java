package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What production does to the server, on a server of its own: its own database, search index prefix
 * and in-JVM events, with Elasticsearch and Redis reached through {@link FaultProxy proxies} the
 * test cuts, so the faults hit this server alone and nobody else's tests. Each fault runs while
 * tickets are opened; then every acknowledged ticket must be stored once, applied once by each
 * consumer (search index, Knowledge ticket signals), and findable. Passes or fails on lost or
 * duplicated data, never on speed (the waits are generous bounds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsIT {

  private static final String DATABASE = "tk_faults";
  private static final String TICKETS = "/api/ticket/tickets";
  private static final Duration CATCH_UP = Duration.ofMinutes(3);

  private FaultProxy search;
  private FaultProxy cache;
  private Replica server;
  private String jdbcUrl;

  @BeforeAll
  void startAServerOfItsOwn() throws Exception {
    DatabaseBlip.recreate(DATABASE, Api.env("TK_DB_USER"));
    URI es = URI.create(Api.env("TK_ES_URL"));
    URI redis = URI.create(Api.env("TK_REDIS_URL"));
    search = FaultProxy.to(es.getHost(), es.getPort());
    cache = FaultProxy.to(redis.getHost(), redis.getPort());
    URI db = URI.create(Api.env("TK_DB_URL").substring("jdbc:".length()));
    jdbcUrl = "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/" + DATABASE;
    server =
        Replica.start(
            "systemtest-faults",
            Integer.getInteger("tk.test.faults.http.port", 9192),
            Integer.getInteger("tk.test.faults.https.port", 9555),
            Map.of(
                "TK_DB_URL", jdbcUrl,
                "TK_DB_READ_URL", jdbcUrl + "?ApplicationName=tk-read",
                "TK_ES_URL", es.getScheme() + "://127.0.0.1:" + search.port(),
                "TK_REDIS_URL", redis.getScheme() + "://127.0.0.1:" + cache.port(),
                "TK_SEARCH_INDEX_PREFIX", "tk-faults-" + Long.toHexString(System.nanoTime()) + "-",
                "TK_EVENTS_TRANSPORT", "in-jvm"),
            Duration.ofMinutes(6));
  }

  @AfterAll
  void stopIt() throws Exception {
    if (server != null) {
      server.close();
    }
    if (search != null) {
      search.close();
    }
    if (cache != null) {
      cache.close();
    }
  }

  @Test
  void whileSearchIsDownTicketsAreStoredAndTheIndexCatchesUpAfter() {
    String marker = marker();
    search.cut();
    try {
      List<Long> opened = openTickets(marker, 15);
      HttpResponse<String> refused =
          Api.send(server.request(TICKETS + "/search?q=" + marker, token("requester1")).GET());
      assertEquals(503, refused.statusCode(), refused.body());
      assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
      assertEquals(15, opened.size());
    } finally {
      search.restore();
    }
    assertEveryTicketOnceEverywhere(marker, 15);
  }

  @Test
  void whileTheCacheIsDownRequestsAreStillServed() {
    String marker = marker();
    cache.cut();
    try {
      List<Long> opened = openTickets(marker, 10);
      HttpResponse<String> list = Api.send(server.request(TICKETS, token("requester1")).GET());
      assertEquals(200, list.statusCode(), list.body());
      // the rate limit degrades to letting requests through, as configured
      assertFalse(list.headers().firstValue("RateLimit-Limit").isPresent());
      assertEquals(10, opened.size());
    } finally {
      cache.restore();
    }
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                Api.send(server.request(TICKETS, token("requester1")).GET())
                    .headers()
                    .firstValue("RateLimit-Limit")
                    .isPresent());
    assertEveryTicketOnceEverywhere(marker, 10);
  }

  @Test
  void aDatabaseRestartMidRunLosesAndDuplicatesNothing() throws Exception {
    String marker = marker();
    AtomicBoolean sawNotReady = new AtomicBoolean();
    List<Long> opened = new CopyOnWriteArrayList<>();
    try (DatabaseBlip blip = DatabaseBlip.start(jdbcUrl)) {
      // retried with one Idempotency-Key each: a POST that failed in the outage may or may not
      // have committed, and the retry must not make a second ticket
      Thread client =
          new Thread(
              () -> {
                for (int i = 0; i < 10; i++) {
                  opened.add(openRetrying(marker + " " + i));
                }
              });
      client.start();
      await().atMost(Duration.ofMinutes(1)).until(() -> readiness() != 200 || !client.isAlive());
      sawNotReady.set(readiness() != 200);
      Thread.sleep(3_000);
      blip.close();
      client.join(Duration.ofMinutes(4).toMillis());
      assertFalse(client.isAlive(), "the client should finish once the database is back");
    }
    assertTrue(sawNotReady.get(), "readiness should go down while the database is away");
    await().atMost(Duration.ofMinutes(2)).until(() -> readiness() == 200);
    assertEquals(10, opened.size());
    assertEveryTicketOnceEverywhere(marker, 10);
  }

  @Test
  void aKilledServerResumesItsOutboxWithoutDuplicates() throws Exception {
    String marker = marker();
    List<Long> opened = openTickets(marker, 20);
    server.kill();
    server.restart(Duration.ofMinutes(6));
    assertEquals(20, opened.size());
    assertEveryTicketOnceEverywhere(marker, 20);
  }

  // --- helpers

  private List<Long> openTickets(String marker, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpResponse<String> created =
          Api.send(
              server
                  .request(TICKETS, token("requester1"))
                  .header("Content-Type", "application/json")
                  .POST(body(marker + " " + i)));
      assertEquals(201, created.statusCode(), created.body());
      ids.add(Api.json(created).get("id").asLong());
    }
    return ids;
  }

  private long openRetrying(String subject) {
    String key = UUID.randomUUID().toString();
    for (int attempt = 0; attempt < 120; attempt++) {
      try {
        HttpResponse<String> created =
            Api.sendOnce(
                server
                    .request(TICKETS, token("requester1"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(body(subject))
                    .build());
        if (created.statusCode() == 201 || created.statusCode() == 200) {
          return Api.json(created).get("id").asLong();
        }
        assertTrue(
            created.statusCode() >= 500 || created.statusCode() == 429,
            () -> "only the outage may refuse: " + created.statusCode() + " " + created.body());
      } catch (RuntimeException e) {
        // the connection broke in the outage: try again with the same key
      }
      sleep(1_000);
    }
    throw new AssertionError("no ticket opened for " + subject + " in two minutes");
  }

  /** Stored once, indexed once (search finds each once), and applied once by Knowledge. */
  private void assertEveryTicketOnceEverywhere(String marker, int count) {
    assertEquals(
        count, count("select count(*) from ticket.tickets where subject like ?", marker + " %"));
    await()
        .atMost(CATCH_UP)
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonNode page = searchFor(marker);
              assertEquals(count, page.get("total").asLong(), page.toString());
              assertEquals(
                  count,
                  count(
                      "select count(*) from knowledge.ticket_signals s join ticket.tickets t"
                          + " on s.ticket_id = cast(t.id as varchar) where t.subject like ?"
                          + " and s.events_applied = 1",
                      marker + " %"));
            });
    assertEquals(0, count("select count(*) from ticket.dead_letter"));
    assertEquals(0, count("select count(*) from knowledge.dead_letter"));
  }

  private JsonNode searchFor(String marker) {
    HttpResponse<String> page =
        Api.send(
            server
                .request(
                    TICKETS
                        + "/search?limit=100&q="
                        + URLEncoder.encode(marker, StandardCharsets.UTF_8),
                    token("requester1"))
                .GET());
    assertEquals(200, page.statusCode(), page.body());
    return Api.json(page);
  }

  private long count(String sql, String... parameters) {
    try (Connection connection =
            DriverManager.getConnection(
                jdbcUrl,
                Api.env("TK_DB_USER"),
                System.getenv().getOrDefault("TK_DB_PASSWORD", ""));
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private int readiness() {
    try {
      return Api.sendOnce(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build())
          .statusCode();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static HttpRequest.BodyPublisher body(String subject) {
    return HttpRequest.BodyPublishers.ofString(
        "{\"subject\":\"" + subject + "\",\"description\":\"故障測試 fault test\"}");
  }

  /** A word of lower-case letters no other ticket has, so a search finds exactly this run's. */
  private static String marker() {
    StringBuilder word = new StringBuilder("fault");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private static String token(String user) {
    return Tokens.of(user);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static {
    try {
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
