package io.ticketknowledge.operations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricNamesIT {

  @Test
  void namesAreTakenFromSelectorsNotFromFunctionsLabelsOrGroupings() {
    assertEquals(
        Set.of("http_server_request_duration_seconds_count"),
        MetricNames.in(
            "sum by (http_route) (rate(http_server_request_duration_seconds_count{job=\"x\",http_route=~\"/api/.+\"}[5m]))"));
    assertEquals(
        Set.of("a_total", "b_total"),
        MetricNames.in(
            "sum(rate(a_total[5m])) / on(instance) group_left sum(b_total offset 1h) > bool 0.5"));
    assertEquals(
        Set.of("tk:http_errors_5xx:ratio_rate5m"),
        MetricNames.in("tk:http_errors_5xx:ratio_rate5m > 0.05"));
    assertEquals(Set.of("up"), MetricNames.in("absent(up{job=\"ticket-knowledge-backend\"})"));
  }

  @Test
  void theSampleOfTheServersMetricsIsRead() {
    Set<String> exposed = MetricNames.exposedByTheApplication();

    assertTrue(exposed.contains("http_server_request_duration_seconds_count"));
    assertTrue(exposed.contains("tickets_opened_total"));
    assertTrue(exposed.contains("tk_outbox_backlog"));
  }
}
