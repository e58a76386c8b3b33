package io.ticketknowledge.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 (allow-listed for the test server by TK_WEBHOOKS_ALLOWED_HOSTS):
 * records every request, answers 500 to the first {@code failFirst} requests of each event id (to
 * prove the retries), 200 after; {@code /always-fails} answers 500 always. Written as a receiver
 * would be (docs/webhooks.md): it checks the signature itself.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(
      String path,
      String eventId,
      String eventType,
      String signature,
      String body,
      int answered,
      long receivedAtMillis) {

    /** Whether the signature is HMAC-SHA256(secret, t + "." + body) with t recent. */
    boolean signedWith(String secret) {
      String t = null;
      String v1 = null;
      for (String part : signature == null ? new String[0] : signature.split(",")) {
        String[] pair = part.split("=", 2);
        if (pair.length == 2 && pair[0].equals("t")) {
          t = pair[1];
        } else if (pair.length == 2 && pair[0].equals("v1")) {
          v1 = pair[1];
        }
      }
      if (t == null || v1 == null || Math.abs(receivedAtMillis / 1000 - Long.parseLong(t)) > 300) {
        return false;
      }
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(
            HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
            v1.getBytes(StandardCharsets.US_ASCII));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final HttpServer server;
  private final int failFirst;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  WebhookReceiver(int failFirst) throws IOException {
    this.failFirst = failFirst;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests for one event, in arrival order. */
  List<Received> of(String eventId) {
    return received.stream().filter(r -> eventId.equals(r.eventId())).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String eventId = exchange.getRequestHeaders().getFirst("X-TK-Event-Id");
    String path = exchange.getRequestURI().getPath();
    int count =
        seen.computeIfAbsent(path + " " + eventId, k -> new AtomicInteger()).incrementAndGet();
    int status = path.endsWith("/always-fails") || count <= failFirst ? 500 : 200;
    received.add(
        new Received(
            path,
            eventId,
            exchange.getRequestHeaders().getFirst("X-TK-Event-Type"),
            exchange.getRequestHeaders().getFirst("X-TK-Signature"),
            body,
            status,
            System.currentTimeMillis()));
    byte[] answer = (status == 200 ? "ok" : "try again " + "x".repeat(1000)).getBytes();
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
