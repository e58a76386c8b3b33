package io.ticketknowledge.systemtests;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens from the real Keycloak started by scripts/services/up.sh (realm ticket-knowledge).
 * Users and their roles: requester1 (requester), agent1 (requester, agent), editor1 (requester,
 * editor), admin1 (all). Clients: tk-cli (audience tk-api), tk-other (no tk-api audience), tk-short
 * (tokens live one second).
 */
final class Tokens {

  static final String TOKEN_URL = Api.env("TK_OIDC_TOKEN_URL");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A valid token of tk-cli for the user, cached for the run (tokens live five minutes). */
  static String of(String user) {
    return CACHE.computeIfAbsent(user, u -> fetch(TOKEN_URL, "tk-cli", u));
  }

  /**
   * Replaces the run's cached token of {@code user} (one issued before a revocation is refused).
   */
  static void replace(String user, String token) {
    CACHE.put(user, token);
  }

  static String fetch(String tokenUrl, String client, String user) {
    String form =
        Map.of(
                "grant_type",
                "password",
                "client_id",
                client,
                "username",
                user,
                "password",
                user + "-pass",
                "scope",
                "openid profile")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        Api.send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused a token for " + user + ": " + response.body());
    }
    return Api.json(response).get("access_token").asText();
  }
}
