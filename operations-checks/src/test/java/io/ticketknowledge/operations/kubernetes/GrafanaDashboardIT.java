package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

class GrafanaDashboardIT {

  private final List<Manifest> deployed = RepoFiles.deployed();

  @Test
  void everyDeployedDashboardParsesAndQueriesKnownMetrics() {
    Map<String, String> dashboards = PrometheusFiles.data(deployed, "grafana-dashboards");

    assertEquals(Set.of("ticket-knowledge-overview.json"), dashboards.keySet());
    dashboards.forEach(
        (file, json) ->
            assertNone(GrafanaDashboard.check(file, json, knownMetrics(), datasourceUids())));
  }

  @Test
  void theDashboardProviderReadsTheFolderTheDashboardsAreMountedIn() throws Exception {
    String provider = PrometheusFiles.data(deployed, "grafana-provisioning").get("dashboards.yaml");
    String path =
        YAMLMapper.builder()
            .build()
            .readTree(provider)
            .path("providers")
            .get(0)
            .path("options")
            .path("path")
            .asString();

    assertEquals("/var/lib/grafana-dashboards", path);
  }

  @Test
  void unknownMetricsDatasourcesAndEmptyPanelsAreReported() throws Exception {
    String bad =
        Files.readString(
            RepoFiles.root()
                .resolve("operations-checks/src/test/resources/grafana/bad-dashboard.json"));

    List<String> v =
        GrafanaDashboard.check("bad-dashboard.json", bad, knownMetrics(), datasourceUids());

    assertReported(v, "panel 'Typo'", "tk_outbox_backlogg");
    assertReported(v, "panel 'Other source'", "datasource uid loki");
    assertReported(v, "panel 'Nothing'", "no query");
  }

  @Test
  void invalidJsonIsRejected() {
    assertThrows(
        JacksonException.class,
        () -> GrafanaDashboard.check("x.json", "{\"panels\": [", Set.of(), Set.of()));
  }

  private Set<String> knownMetrics() {
    Set<String> known = new TreeSet<>(MetricNames.exposedByTheApplication());
    known.addAll(
        PrometheusRules.of(PrometheusFiles.data(deployed, PrometheusFiles.RULES_CONFIG_MAP))
            .recordedNames());
    return known;
  }

  private Set<String> datasourceUids() {
    String datasources =
        PrometheusFiles.data(deployed, "grafana-provisioning").get("datasources.yaml");
    Set<String> uids = new TreeSet<>();
    YAMLMapper.builder()
        .build()
        .readTree(datasources)
        .path("datasources")
        .forEach(d -> uids.add(d.path("uid").asString()));
    return uids;
  }
}
