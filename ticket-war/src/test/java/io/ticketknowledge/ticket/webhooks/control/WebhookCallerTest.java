package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.ticketknowledge.ticket.webhooks.entity.WebhookAttempt;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One attempt against a real local server: headers, no redirects, timeouts, short excerpts. */
class WebhookCallerTest {

  private static final byte[] SECRET = "whsec_unit".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

  private HttpServer server;
  private final Map<String, String> seen = new ConcurrentHashMap<>();
  private final WebhookCaller caller =
      new WebhookCaller(Duration.ofSeconds(2), Duration.ofMillis(500), 20);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/ok",
        exchange -> {
          seen.put("signature", exchange.getRequestHeaders().getFirst("X-TK-Signature"));
          seen.put("event", exchange.getRequestHeaders().getFirst("X-TK-Event-Id"));
          seen.put("body", new String(exchange.getRequestBody().readAllBytes()));
          byte[] answer = "x".repeat(10_000).getBytes();
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.createContext(
        "/redirect",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Location", url("/ok").toString());
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/slow",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          try {
            Thread.sleep(2_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private WebhookAttempt.Outcome post(String path) {
    return caller.post(
        new WebhookCaller.Call(url(path), "e1", "ticket.opened", 7, SECRET, BODY),
        Instant.ofEpochSecond(Instant.now().getEpochSecond()));
  }

  @Test
  void aDeliveryIsSignedAndOnlyAnExcerptOfTheAnswerIsKept() {
    WebhookAttempt.Outcome outcome = post("/ok");
    assertTrue(outcome.succeeded());
    assertEquals("x".repeat(20), outcome.excerpt());
    assertEquals("e1", seen.get("event"));
    assertEquals("{\"id\":\"e1\"}", seen.get("body"));
    long now = Instant.now().getEpochSecond();
    assertTrue(WebhookSignature.verify(SECRET, seen.get("signature"), BODY, now, 60));
  }

  @Test
  void redirectsAreNotFollowed() {
    WebhookAttempt.Outcome outcome = post("/redirect");
    assertEquals(302, outcome.statusCode());
    assertFalse(outcome.succeeded());
    assertEquals("HTTP 302", outcome.summary());
    assertNull(seen.get("event"), "the redirect target was never called");
  }

  @Test
  void aSlowReceiverTimesOut() {
    WebhookAttempt.Outcome outcome = post("/slow");
    assertFalse(outcome.succeeded());
    assertEquals("timeout", outcome.error());
    assertTrue(outcome.durationMs() < 1_900, outcome.durationMs() + " ms");
  }

  @Test
  void nobodyListeningIsAFailedAttemptWithTheError() {
    server.stop(0);
    WebhookAttempt.Outcome outcome = post("/ok");
    assertNull(outcome.statusCode());
    assertTrue(outcome.error().startsWith("ConnectException"), outcome.error());
  }
}
