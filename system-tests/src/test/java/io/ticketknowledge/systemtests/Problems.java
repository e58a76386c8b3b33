package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Assertions every error response must pass. */
final class Problems {

  private Problems() {}

  /** An RFC 9457 document of the given status and kind, without any trace of server internals. */
  static JsonNode assertProblem(HttpResponse<String> response, int status, String kind) {
    assertEquals(
        status,
        response.statusCode(),
        () -> "status of " + response.uri() + ": " + response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(),
        () -> "content type of " + response.body());
    JsonNode problem = Api.json(response);
    assertEquals(
        "https://ticket-knowledge.io/problems/" + kind,
        problem.path("type").asText(),
        response.body());
    assertEquals(status, problem.path("status").asInt());
    assertFalse(problem.path("title").asText().isBlank(), "title");
    assertFalse(problem.path("detail").asText().isBlank(), "detail");
    assertNoInternals(response.body());
    return problem;
  }

  static void assertNoInternals(String body) {
    for (String leak :
        new String[] {"Exception", "\tat ", "at io.", "at java.", "org.eclipse", "SQL"}) {
      assertFalse(body.contains(leak), () -> "response leaks internals (" + leak + "): " + body);
    }
  }

  static void assertHasFieldError(JsonNode problem, String field) {
    boolean found = false;
    for (JsonNode error : problem.path("errors")) {
      if (field.equals(error.path("field").asText())) {
        assertFalse(error.path("message").asText().isBlank(), "message of " + field);
        found = true;
      }
    }
    assertTrue(found, () -> "no error for field " + field + " in " + problem);
  }
}
