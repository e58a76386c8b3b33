package io.ticketknowledge.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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

  /**
   * A valid token of tk-cli for the user, cached until a minute before it expires (tokens live five
   * minutes; a run and some single tests last longer).
   */
  static String of(String user) {
    return CACHE.compute(
        user,
        (u, cached) ->
            cached != null && expiresAt(cached).isAfter(Instant.now().plusSeconds(60))
                ? cached
                : fetch(TOKEN_URL, "tk-cli", u));
  }

  /** The {@code exp} claim of a JWT (no signature check: the server does that). */
  static Instant expiresAt(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Instant.MAX;
    }
    JsonNode claims;
    try {
      claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Instant.MAX; // not a JWT we can read: the server will say what is wrong with it
    }
    return claims.has("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong()) : Instant.MAX;
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
