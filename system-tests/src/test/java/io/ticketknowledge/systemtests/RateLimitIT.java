package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The API rate limit on the running EAR: production profile, token buckets in Redis, the defaults
 * of 20 requests at once and 10 per second per user.
 */
class RateLimitIT {

  private static final String TICKETS = "/api/ticket/tickets";

  @Test
  void aBurstBeyondTheLimitIsRefusedWith429UntilTheBucketRefills() throws Exception {
    // admin1 is barely used by the other tests; its budget is given back at the end
    String token = Tokens.of("admin1");
    HttpResponse<String> first = Api.get(TICKETS, token);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("20", first.headers().firstValue("RateLimit-Limit").orElse(null));

    // eight clients at once: faster than the refill of 10 per second however slow the server is
    AtomicReference<HttpResponse<String>> firstRefusal = new AtomicReference<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger(1);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        running.add(
            clients.submit(
                () -> {
                  while (firstRefusal.get() == null && sent.incrementAndGet() <= 400) {
                    HttpResponse<String> response =
                        Api.sendOnce(
                            Api.request(TICKETS, token)
                                .header("Accept-Language", "zh-TW")
                                .GET()
                                .build());
                    if (response.statusCode() == 429) {
                      firstRefusal.compareAndSet(null, response);
                    } else {
                      assertEquals(200, response.statusCode(), response.body());
                      accepted.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get(120, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    HttpResponse<String> refused = firstRefusal.get();
    int passed = accepted.get();

    assertNotNull(refused, "400 requests from 8 clients were never limited");
    assertTrue(passed >= 20, "the whole burst of 20 passes first, passed " + passed);
    JsonNode problem = assertProblem(refused, 429, "too-many-requests");
    assertTrue(problem.path("detail").asText().contains("秒後再試"), problem.toString());
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
    assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElse(null));

    // the budget comes back at 10 per second; leave it nearly full for the tests that follow
    await()
        .pollInterval(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> {
              HttpResponse<String> again = Api.get(TICKETS, token);
              return again.statusCode() == 200
                  && Long.parseLong(again.headers().firstValue("RateLimit-Remaining").orElse("0"))
                      >= 15;
            });
  }
}
