package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.ticket.webhooks.entity.WebhookAttempt;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes one signed POST of a delivery. Redirects are never followed (a 3xx is a failure: following
 * it would reach an address nobody checked); connect and read have timeouts; of the answer only the
 * first {@code excerptChars} characters are read and kept.
 */
public class WebhookCaller {

  private final HttpClient client;
  private final Duration readTimeout;
  private final int excerptChars;

  public WebhookCaller(Duration connectTimeout, Duration readTimeout, int excerptChars) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.readTimeout = readTimeout;
    this.excerptChars = excerptChars;
  }

  /** What a signed delivery carries. */
  public record Call(
      URI url, String eventId, String eventType, long deliveryId, byte[] secret, byte[] body) {}

  public WebhookAttempt.Outcome post(Call call, Instant now) {
    long unix = now.getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(call.url())
            .timeout(readTimeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "TicketKnowledge-Webhooks/1")
            .header(
                WebhookSignature.HEADER, WebhookSignature.header(call.secret(), unix, call.body()))
            .header("X-TK-Event-Id", call.eventId())
            .header("X-TK-Event-Type", call.eventType())
            .header("X-TK-Delivery-Id", Long.toString(call.deliveryId()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()))
            .build();
    long started = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      String excerpt;
      try (InputStream body = response.body()) {
        excerpt = excerpt(body);
      }
      return new WebhookAttempt.Outcome(response.statusCode(), millisSince(started), null, excerpt);
    } catch (HttpTimeoutException e) {
      return new WebhookAttempt.Outcome(null, millisSince(started), "timeout", null);
    } catch (IOException e) {
      return new WebhookAttempt.Outcome(
          null,
          millisSince(started),
          shorten(e.getClass().getSimpleName() + ": " + e.getMessage()),
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WebhookAttempt.Outcome(null, millisSince(started), "interrupted", null);
    }
  }

  private String excerpt(InputStream body) throws IOException {
    // a few bytes per character at most; the rest is never read
    byte[] head = body.readNBytes(excerptChars * 4);
    String text = new String(head, StandardCharsets.UTF_8);
    return text.isEmpty()
        ? null
        : shorten(text.length() > excerptChars ? text.substring(0, excerptChars) : text);
  }

  private static String shorten(String text) {
    return text.length() > 500 ? text.substring(0, 500) : text;
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
