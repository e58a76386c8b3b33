package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens from the real Keycloak are accepted; every kind of bad token is refused. The server
 * validates issuer, audience, expiry and signature against Keycloak's JWKS.
 */
class TokenValidationIT {

  private static final String TICKETS = "/api/ticket/tickets";

  private static int statusWith(String token) {
    return Api.get(TICKETS, token).statusCode();
  }

  @Test
  void keycloakTokenIsAccepted() throws Exception {
    String token = Tokens.of("agent1");
    assertEquals(200, statusWith(token));
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    System.out.printf(
        "Keycloak: token of %s issued by %s for %s, groups %s%n",
        claims.getStringClaim("preferred_username"),
        claims.getIssuer(),
        claims.getAudience(),
        claims.getStringListClaim("groups"));
  }

  @Test
  void noTokenIsRefused() {
    HttpResponse<String> response = Api.send(Api.request(TICKETS).GET());
    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void garbageTokenIsRefused() {
    assertEquals(401, statusWith("not-a-jwt"));
  }

  @Test
  void expiredTokenIsRefused() throws Exception {
    String token = Tokens.fetch(Tokens.TOKEN_URL, "tk-short", "agent1");
    Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
    // the test server allows 1 s of clock skew
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Instant.now().isAfter(expiry.plusSeconds(2)));
    assertEquals(401, statusWith(token));
  }

  @Test
  void tokenFromAnotherIssuerIsRefused() throws Exception {
    // Keycloak names itself after the host it was asked on: same keys, different issuer
    String otherIssuerUrl = Tokens.TOKEN_URL.replace("127.0.0.1", "localhost");
    String token = Tokens.fetch(otherIssuerUrl, "tk-cli", "agent1");
    assertFalse(
        SignedJWT.parse(token).getJWTClaimsSet().getIssuer().equals(Api.env("TK_OIDC_ISSUER")));
    assertEquals(401, statusWith(token));
  }

  @Test
  void tokenForAnotherAudienceIsRefused() throws Exception {
    String token = Tokens.fetch(Tokens.TOKEN_URL, "tk-other", "agent1");
    List<String> audience = SignedJWT.parse(token).getJWTClaimsSet().getAudience();
    assertFalse(audience.contains("tk-api"), audience.toString());
    assertEquals(401, statusWith(token));
  }

  @Test
  void tamperedSignatureIsRefused() {
    String[] parts = Tokens.of("agent1").split("\\.");
    char last = parts[2].charAt(10);
    String flipped = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
    assertEquals(401, statusWith(parts[0] + "." + parts[1] + "." + flipped));
  }

  @Test
  void elevatedClaimsWithTheOriginalSignatureAreRefused() throws Exception {
    String[] parts = Tokens.of("requester1").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"requester\"", "\"admin\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertEquals(401, statusWith(forged));
  }

  @Test
  void tokenSignedWithAnotherKeyIsRefused() throws Exception {
    JWTClaimsSet real = SignedJWT.parse(Tokens.of("agent1")).getJWTClaimsSet();
    String kid = SignedJWT.parse(Tokens.of("agent1")).getHeader().getKeyID();
    RSAKey attacker = new RSAKeyGenerator(2048).keyID(kid).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(),
            new JWTClaimsSet.Builder(real)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
    forged.sign(new RSASSASigner(attacker));
    assertEquals(401, statusWith(forged.serialize()));
  }

  @Test
  void unsignedAlgNoneTokenIsRefused() throws Exception {
    String[] parts = Tokens.of("agent1").split("\\.");
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, statusWith(header + "." + parts[1] + "."));
  }

  @Test
  void theEmbeddedIdentityProviderIsOffInProduction() {
    HttpResponse<String> token =
        Api.send(
            Api.request("/oidc/endpoint/OP/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=tk-cli&username=admin1&password=admin1-pass")));
    assertEquals(404, token.statusCode(), token.body());
    assertEquals(
        404,
        Api.send(Api.request("/oidc/endpoint/OP/.well-known/openid-configuration").GET())
            .statusCode());
  }

  @Test
  void roleTooLowIsForbidden() {
    assertProblem(
        Api.get("/api/knowledge/articles/due-for-review", Tokens.of("requester1")),
        403,
        "forbidden");
    assertEquals(
        200, Api.get("/api/knowledge/articles/due-for-review", Tokens.of("editor1")).statusCode());
    assertEquals(200, Api.get("/api/knowledge/articles", Tokens.of("requester1")).statusCode());
  }
}
