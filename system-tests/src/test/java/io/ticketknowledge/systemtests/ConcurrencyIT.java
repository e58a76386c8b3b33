package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Racing clients: no lost update, no duplicate, and never a 500. */
class ConcurrencyIT {

  private static final int CLIENTS = 8;

  @Test
  void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
    JsonNode ticket = Tickets.open("requester1", "同時更新測試");
    String path = "/api/ticket/tickets/" + ticket.get("id").asLong();
    String agent = Tokens.of("agent1");

    Map<Integer, Long> statuses =
        race(
            i ->
                Tickets.patch(path, agent, "\"1\"", "{\"subject\":\"writer " + i + "\"}")
                    .statusCode());

    assertEquals(1L, statuses.getOrDefault(200, 0L), statuses.toString());
    assertEquals(CLIENTS - 1L, statuses.getOrDefault(412, 0L), statuses.toString());
    assertEquals("\"2\"", Api.get(path, agent).headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyOpenOneTicket() throws Exception {
    String key = "race-" + UUID.randomUUID();
    String body = "{\"subject\":\"重複送出 " + key + "\",\"description\":\"同一把鑰匙\"}";
    Map<Integer, Long> statuses =
        race(i -> Tickets.postWithKey("requester1", key, body).statusCode());

    // the first commits; the others either replay it (201) or lost the race and may retry (409)
    assertTrue(statuses.getOrDefault(201, 0L) >= 1, statuses.toString());
    assertEquals(
        CLIENTS,
        statuses.getOrDefault(201, 0L) + statuses.getOrDefault(409, 0L),
        statuses.toString());
    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM ticket.tickets WHERE subject = ?")) {
      count.setString(1, "重複送出 " + key);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        assertEquals(1, row.getInt(1), "exactly one ticket stored for the key");
      }
    }
    HttpResponse<String> retry = Tickets.postWithKey("requester1", key, body);
    assertEquals(201, retry.statusCode());
    assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
  }

  /** Runs CLIENTS calls at once and counts the status codes. */
  private static Map<Integer, Long> race(Function<Integer, Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int client = i;
        Callable<Integer> task =
            () -> {
              start.await();
              return call.apply(client);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    } finally {
      pool.shutdownNow();
    }
  }
}
