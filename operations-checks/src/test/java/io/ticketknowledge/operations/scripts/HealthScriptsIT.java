package io.ticketknowledge.operations.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * scripts/monitoring/check-health.sh and the backend image's healthcheck.sh against a stand-in
 * backend (a local HTTP server with canned answers): healthy passes, each kind of problem fails
 * with a message that names it.
 */
class HealthScriptsIT {

  private static final String READY_UP =
      "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}";
  private static final String READY_DOWN =
      "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"},"
          + "{\"name\":\"events\",\"status\":\"DOWN\",\"data\":{\"adapter\":\"kafka\"}}]}";
  private static final String METRICS =
      """
      # TYPE tk_outbox_backlog gauge
      tk_outbox_backlog{mp_scope="application",module="ticket"} %d
      tk_outbox_backlog{mp_scope="application",module="knowledge"} 3
      tk_events_dead_lettered_total{mp_scope="application"} %d
      tk_events_consumer_lag{mp_scope="application",consumer="search"} 12
      http_server_request_duration_seconds_count{http_request_method="GET",http_response_status_code="200",http_route="/api/ticket/tickets",mp_scope="vendor"} 950
      http_server_request_duration_seconds_count{http_request_method="POST",http_response_status_code="500",http_route="/api/ticket/tickets",mp_scope="vendor"} %d
      """;

  private final Map<String, Object[]> answers = new ConcurrentHashMap<>();
  private HttpServer server;
  private String url;

  @BeforeEach
  void startStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Object[] answer =
              answers.getOrDefault(exchange.getRequestURI().getPath(), new Object[] {404, ""});
          byte[] body = ((String) answer[1]).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders((Integer) answer[0], body.length == 0 ? -1 : body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
    answers.put("/health/ready", new Object[] {200, READY_UP});
    answers.put("/metrics", new Object[] {200, METRICS.formatted(5, 0, 10)});
  }

  @AfterEach
  void stopStandIn() {
    server.stop(0);
  }

  @Test
  void aHealthyBackendPasses() {
    Command check = check();
    assertEquals(0, check.exitCode(), check.describe());
    assertTrue(
        check.output().contains("tk_outbox_backlog = 8"),
        "summed over label sets: " + check.output());
    assertTrue(check.output().contains("10 of 960 requests were 5xx"), check.output());
  }

  @Test
  void eachProblemFailsTheCheckAndIsNamed() {
    answers.put("/metrics", new Object[] {200, METRICS.formatted(5000, 2, 200)});
    answers.put("/health/ready", new Object[] {503, READY_DOWN});
    Command check = check();
    assertEquals(1, check.exitCode(), check.describe());
    for (String expected :
        List.of(
            "PROBLEM: ready: " + url + "/health/ready answered 503; DOWN: events",
            "PROBLEM: outbox backlog: tk_outbox_backlog = 5003, above the limit 1000",
            "PROBLEM: dead-lettered events: tk_events_dead_lettered_total = 2, above the limit 0",
            "PROBLEM: error rate: 200 of 1150 requests were 5xx, above 5 %")) {
      assertTrue(check.output().contains(expected), expected + " in:\n" + check.output());
    }
  }

  @Test
  void missingMetricsAreANoteUnlessStrict() {
    answers.put("/metrics", new Object[] {200, "jvm_uptime_seconds 12\n"});
    Command lenient = check();
    assertEquals(0, lenient.exitCode(), lenient.describe());
    assertTrue(
        lenient
            .output()
            .contains("NOTE     outbox backlog: metric tk_outbox_backlog is not exported"));
    Command strict = check("--strict");
    assertEquals(1, strict.exitCode(), strict.describe());
  }

  @Test
  void anUnreachableBackendFails() {
    server.stop(0);
    Command check = check();
    assertEquals(1, check.exitCode(), check.describe());
    assertTrue(check.output().contains("PROBLEM: ready: no answer"), check.output());
  }

  @Test
  void imageHealthCheckNeedsA200() {
    String port = String.valueOf(server.getAddress().getPort());
    Command up =
        Command.run(
            Repo.ROOT,
            Command.env("TK_HTTP_PORT", port),
            List.of("bash", "docker/backend/healthcheck.sh"));
    assertEquals(0, up.exitCode(), up.describe());
    answers.put("/health/ready", new Object[] {503, READY_DOWN});
    Command down =
        Command.run(
            Repo.ROOT,
            Command.env("TK_HTTP_PORT", port),
            List.of("bash", "docker/backend/healthcheck.sh"));
    assertEquals(1, down.exitCode(), down.describe());
    assertTrue(down.output().contains("503"), down.describe());
  }

  private Command check(String... options) {
    List<String> command = Command.list("bash", "scripts/monitoring/check-health.sh", "--url", url);
    command.addAll(List.of(options));
    return Command.run(Repo.ROOT, Command.env(), command);
  }
}
