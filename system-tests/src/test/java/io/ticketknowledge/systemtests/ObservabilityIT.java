package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, metrics and OpenAPI of the production profile, probing each real backing service. */
class ObservabilityIT {

  @Test
  void readinessProbesEveryBackingServiceOfTheProductionProfile() {
    HttpResponse<String> response = Api.send(Api.request("/health/ready").GET());
    assertEquals(200, response.statusCode(), response.body());
    JsonNode health = Api.json(response);
    assertEquals("UP", health.get("status").asText(), response.body());

    Map<String, JsonNode> checks = new HashMap<>();
    health.get("checks").forEach(check -> checks.put(check.get("name").asText(), check));
    assertEquals(
        7,
        checks.size(),
        "one check per backing service, one for the event consumers and one for the keystore"
            + " password, listed once: "
            + response.body());
    assertEquals("UP", checks.get("event-consumers").get("status").asText(), response.body());
    assertEquals("UP", checks.get("keystore").get("status").asText(), response.body());
    Map<String, String> adapters =
        Map.of(
            "database",
            "jdbc",
            "cache",
            "redis",
            "events",
            "liberty-kafka",
            "search",
            "elasticsearch",
            "blobs",
            "s3");
    adapters.forEach(
        (name, adapter) -> {
          JsonNode check = checks.get(name);
          assertEquals("UP", check.get("status").asText(), name);
          assertEquals(adapter, check.at("/data/adapter").asText(), name);
          System.out.printf(
              "readiness %-8s via %-13s: %s%n", name, adapter, check.at("/data/detail").asText());
        });
    assertTrue(checks.get("database").at("/data/detail").asText().startsWith("PostgreSQL"));
    assertTrue(checks.get("cache").at("/data/detail").asText().contains("PONG"));
  }

  @Test
  void livenessIsUp() {
    HttpResponse<String> response = Api.send(Api.request("/health/live").GET());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("UP", Api.json(response).get("status").asText());
  }

  @Test
  void metricsArePrometheusTextWithApplicationMetrics() {
    Tickets.open("requester1", "metrics 測試");
    HttpResponse<String> response = Api.send(Api.request("/metrics").GET());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(
        response.body().contains("# TYPE tickets_opened_total counter"), "application counter");
    assertTrue(response.body().contains("tickets_open_duration_seconds"), "application timer");
    assertTrue(response.body().contains("jvm_uptime_seconds"), "base metrics");
  }

  @Test
  void openApiDocumentsBothModules() {
    HttpResponse<String> response =
        Api.send(Api.request("/openapi").header("Accept", "application/json").GET());
    assertEquals(200, response.statusCode());
    JsonNode paths = Api.json(response).get("paths");
    assertTrue(paths.has("/api/ticket/tickets"), paths.toString());
    assertTrue(paths.has("/api/ticket/tickets/{id}"), paths.toString());
    assertTrue(paths.has("/api/knowledge/articles"), paths.toString());
    assertEquals(200, Api.send(Api.request("/openapi/ui/").GET()).statusCode());
  }

  @Test
  void portalIsServedAtTheRoot() {
    HttpResponse<String> response = Api.send(Api.request("/").GET());
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Ticket &amp; Knowledge"));
  }
}
