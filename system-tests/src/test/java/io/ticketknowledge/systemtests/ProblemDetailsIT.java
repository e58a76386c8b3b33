package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertHasFieldError;
import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear, localized problem+json answer — never a 500 or a stack trace. */
class ProblemDetailsIT {

  private static final String TICKETS = "/api/ticket/tickets";

  private static HttpResponse<String> post(String contentType, String body, String language) {
    HttpRequest.Builder request =
        Api.request(TICKETS, Tokens.of("requester1"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return Api.send(request);
  }

  @Test
  void validationListsEveryInvalidFieldInTraditionalChinese() {
    HttpResponse<String> response =
        post(
            "application/json",
            "{\"subject\":\"\",\"description\":\"" + "字".repeat(20001) + "\"}",
            "zh-TW,en;q=0.8");
    JsonNode problem = assertProblem(response, 400, "validation");
    assertEquals("驗證失敗", problem.get("title").asText());
    assertEquals("zh-TW", response.headers().firstValue("Content-Language").orElse(""));
    assertHasFieldError(problem, "subject");
    assertHasFieldError(problem, "description");
    assertEquals(2, problem.get("errors").size(), problem.toString());
  }

  @Test
  void validationInEnglishByDefault() {
    JsonNode problem =
        assertProblem(post("application/json", "{\"subject\":\"x\"}", null), 400, "validation");
    assertEquals("Validation failed", problem.get("title").asText());
    assertHasFieldError(problem, "description");
  }

  @Test
  void controlCharactersThatPostgresWouldRefuseAreValidationErrors() {
    // PostgreSQL cannot store NUL: without validation this would be a 500
    JsonNode problem =
        assertProblem(
            post(
                "application/json",
                "{\"subject\":\"a\\u0000b\",\"description\":\"bidi \\u202e spoof\"}",
                "en"),
            400,
            "validation");
    assertHasFieldError(problem, "subject");
    assertHasFieldError(problem, "description");
    assertEquals(
        201,
        post("application/json", "{\"subject\":\"多行說明\",\"description\":\"第一行\\n第二行\"}", "en")
            .statusCode());
  }

  @Test
  void malformedJsonAndWrongShapesAreClientErrors() {
    assertProblem(post("application/json", "{\"subject\":", "en"), 400, "malformed-json");
    assertProblem(post("application/json", "[1,2,3]", "en"), 400, "malformed-json");
    assertProblem(
        post(
            "application/json",
            "{\"subject\":\"a\",\"description\":\"b\",\"priority\":\"SUPER\"}",
            "en"),
        400,
        "malformed-json");
    JsonNode zh =
        assertProblem(post("application/json", "not json", "zh-TW"), 400, "malformed-json");
    assertEquals("請求內容格式錯誤", zh.get("title").asText());
  }

  @Test
  void unsupportedMediaType() {
    assertProblem(post("text/plain", "subject=x", "en"), 415, "unsupported-media-type");
    assertProblem(post("application/xml", "<ticket/>", "en"), 415, "unsupported-media-type");
  }

  @Test
  void bodyTooLargeIsRefusedBeforeItIsRead() {
    String huge = "{\"subject\":\"x\",\"description\":\"" + "a".repeat(1_100_000) + "\"}";
    JsonNode problem = assertProblem(post("application/json", huge, "en"), 413, "body-too-large");
    assertTrue(problem.get("detail").asText().contains("1048576"), problem.toString());
  }

  @Test
  void chunkedBodyWithoutALengthIsCutOffAtTheLimitToo() {
    byte[] huge =
        ("{\"subject\":\"x\",\"description\":\"" + "b".repeat(1_200_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        Api.send(
            Api.request(TICKETS, Tokens.of("requester1"))
                .header("Content-Type", "application/json")
                // a stream of unknown length goes out chunked, without Content-Length
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge))));
    assertProblem(response, 413, "body-too-large");
  }

  @Test
  void notFoundForUnknownTicketsAndPaths() {
    String token = Tokens.of("agent1");
    JsonNode problem = assertProblem(Api.get(TICKETS + "/987654321", token), 404, "not-found");
    assertTrue(problem.get("detail").asText().contains("987654321"));
    assertProblem(Api.get(TICKETS + "/not-a-number", token), 400, "bad-request");
    assertProblem(Api.get("/api/ticket/no-such-resource", token), 404, "not-found");
  }

  @Test
  void wrongMethodAndBadQueryParameters() {
    String token = Tokens.of("agent1");
    HttpResponse<String> delete = Api.send(Api.request(TICKETS, token).DELETE());
    assertProblem(delete, 405, "method-not-allowed");
    assertTrue(delete.headers().firstValue("Allow").isPresent());
    assertHasFieldError(
        assertProblem(Api.get(TICKETS + "?limit=0", token), 400, "validation"), "limit");
    assertHasFieldError(
        assertProblem(Api.get(TICKETS + "?limit=101", token), 400, "validation"), "limit");
    assertProblem(Api.get(TICKETS + "?cursor=forged", token), 400, "bad-request");
    assertProblem(Api.get(TICKETS + "?limit=ten", token), 400, "bad-request");
    assertProblem(
        Api.send(Api.request(TICKETS, token).header("Accept", "application/xml").GET()),
        406,
        "not-acceptable");
  }
}
