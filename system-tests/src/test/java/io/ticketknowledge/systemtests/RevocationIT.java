package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Access revocation on the production profile (decision 0015): an admin revokes a subject through
 * one module, and every token of that subject issued before is refused (401 problem+json) by both
 * modules; a token issued afterwards is accepted. The refusals are counted and audited.
 */
class RevocationIT {

  private static final String USER = "editor1";

  @Test
  void aRevokedSubjectIsRefusedByBothModules() {
    String before = Tokens.fetch(Tokens.TOKEN_URL, "tk-cli", USER);
    assertEquals(200, Api.get("/api/ticket/tickets", before).statusCode());
    assertEquals(200, Api.get("/api/knowledge/articles", before).statusCode());
    String subject = Tickets.userId(USER);

    Problems.assertProblem(
        Api.postJson("/api/ticket/admin/revocations", Tokens.of("agent1"), "{\"subject\":\"x\"}"),
        403,
        "forbidden");
    Problems.assertProblem(
        Api.postJson("/api/ticket/admin/revocations", Tokens.of("admin1"), "{\"reason\":\"x\"}"),
        400,
        "validation");

    HttpResponse<String> revoked =
        Api.postJson(
            "/api/ticket/admin/revocations",
            Tokens.of("admin1"),
            "{\"subject\":\"" + subject + "\",\"reason\":\"RevocationIT: laptop lost\"}");
    assertEquals(201, revoked.statusCode(), revoked.body());
    Instant revokedAt = Instant.parse(Api.json(revoked).get("revokedAt").asText());
    try {
      for (String path : new String[] {"/api/ticket/tickets", "/api/knowledge/articles"}) {
        HttpResponse<String> refused = Api.get(path, before);
        Problems.assertProblem(refused, 401, "unauthorized");
        assertTrue(
            refused.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"),
            refused.headers().toString());
      }
      JsonNode listed = Api.json(Api.get("/api/knowledge/admin/revocations", Tokens.of("admin1")));
      assertTrue(listed.toString().contains(subject), listed.toString());

      JsonNode audited =
          Api.json(
              Api.get(
                  "/api/knowledge/audit?outcome=UNAUTHENTICATED&subject="
                      + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                  Tokens.of("admin1")));
      assertEquals("token revoked", audited.get("items").get(0).get("detail").asText());
      JsonNode revocation =
          Api.json(
              Api.get(
                  "/api/ticket/audit?action=ACCESS_REVOKED&objectId="
                      + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                  Tokens.of("admin1")));
      // newest first; earlier runs against the same database may have revoked the subject too
      assertEquals(
          revokedAt.toString(),
          revocation.get("items").get(0).get("changes").get(0).get("after").asText(),
          revocation.toString());

      String metrics = Api.send(Api.request("/metrics").GET()).body();
      assertTrue(metrics.contains("tk_auth_failures_total"), "failure counter exported");
      assertTrue(metrics.contains("reason=\"revoked\""), "revoked refusals counted");
    } finally {
      // tokens issued after the revocation pass: give the rest of the suite a fresh one
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> Instant.now().getEpochSecond() > revokedAt.getEpochSecond());
      String after = Tokens.fetch(Tokens.TOKEN_URL, "tk-cli", USER);
      Tokens.replace(USER, after);
    }
    assertEquals(200, Api.get("/api/ticket/tickets", Tokens.of(USER)).statusCode());
    assertEquals(200, Api.get("/api/knowledge/articles", Tokens.of(USER)).statusCode());
  }
}
