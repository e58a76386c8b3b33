package io.ticketknowledge.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP access to the EAR under test. */
final class Api {

  static final String BASE_URL = System.getProperty("tk.test.base-url", "http://127.0.0.1:9180");
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Api() {}

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30));
  }

  static HttpRequest.Builder request(String path, String token) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  /**
   * Sends the request; a 429 of the API's per-user rate limit is waited out as its Retry-After says
   * (the suite runs many tests as the same users), up to ten times.
   */
  static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * {@link #send(HttpRequest.Builder)} with the body read by {@code body} (bytes of a download).
   */
  static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    HttpRequest built = request.build();
    HttpResponse<T> response = sendOnce(built, body);
    for (int retry = 0; retry < 10 && response.statusCode() == 429; retry++) {
      long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
      pause(Math.min(Math.max(seconds, 1), 5));
      response = sendOnce(built, body);
    }
    return response;
  }

  /** Sends the request once, 429 included (for the rate limit's own test). */
  static HttpResponse<String> sendOnce(HttpRequest request) {
    return sendOnce(request, HttpResponse.BodyHandlers.ofString());
  }

  private static <T> HttpResponse<T> sendOnce(
      HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long seconds) {
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String path, String token) {
    return send(request(path, token).GET());
  }

  static HttpResponse<String> postJson(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the tests through scripts/test.sh");
    }
    return value;
  }
}
