package io.ticketknowledge.operations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** promtool on exactly the text of the deployed ConfigMaps. */
class PrometheusFilesIT {

  private final List<Manifest> deployed = RepoFiles.deployed();
  private final Promtool promtool = Promtool.installed();

  @Test
  void configurationIsValidAndFindsTheRules(@TempDir Path dir) {
    PrometheusFiles.extract(deployed, dir);

    Promtool.Result result = promtool.run(dir, "check", "config", "prometheus.yml");

    assertTrue(result.ok(), result.output());
    assertTrue(result.output().contains("1 rule files found"), result.output());
  }

  @Test
  void rulesAreValid(@TempDir Path dir) {
    PrometheusFiles.extract(deployed, dir);

    Promtool.Result result = promtool.run(dir, "check", "rules", "rules/ticket-knowledge.yml");

    assertTrue(result.ok(), result.output());
  }

  @Test
  void alertsFireAsTheUnitTestsExpect(@TempDir Path dir) throws Exception {
    PrometheusFiles.extract(deployed, dir);
    Files.copy(
        RepoFiles.root().resolve("operations-checks/src/test/resources/prometheus/alerts-test.yml"),
        dir.resolve("alerts-test.yml"));

    Promtool.Result result = promtool.run(dir, "test", "rules", "alerts-test.yml");

    assertTrue(result.ok(), result.output());
  }

  @Test
  void brokenRulesFailTheCheck(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("bad.yml"),
        "groups:\n  - name: bad\n    rules:\n      - alert: Broken\n        expr: sum(rate(x[5m]) >\n");

    Promtool.Result result = promtool.run(dir, "check", "rules", "bad.yml");

    assertFalse(result.ok(), result.output());
    assertTrue(result.output().contains("FAILED"), result.output());
  }

  @Test
  void aMissingPromtoolIsReportedClearly(@TempDir Path emptyDir) {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Promtool.find(emptyDir.toString()));

    assertTrue(error.getMessage().contains("scripts/services/tools.sh"), error.getMessage());
  }

  @Test
  void theAlertsTheOperatorsAskedForExist() {
    PrometheusRules rules =
        PrometheusRules.of(PrometheusFiles.data(deployed, PrometheusFiles.RULES_CONFIG_MAP));

    assertTrue(
        rules
            .alertNames()
            .containsAll(
                List.of(
                    "TkBackendDown",
                    "TkHttp5xxErrorRate",
                    "TkHttpLatencyP95High",
                    "TkOutboxBacklog",
                    "TkConsumerLag",
                    "TkSlaBreaches")),
        rules.alertNames().toString());
  }

  @Test
  void rulesReadOnlyMetricsTheApplicationExposes() {
    PrometheusRules rules =
        PrometheusRules.of(PrometheusFiles.data(deployed, PrometheusFiles.RULES_CONFIG_MAP));
    Set<String> known = new TreeSet<>(MetricNames.exposedByTheApplication());
    known.addAll(rules.recordedNames());

    Set<String> unknown = new TreeSet<>();
    rules.expressions().forEach(e -> unknown.addAll(MetricNames.in(e)));
    unknown.removeAll(known);

    assertEquals(Set.of(), unknown, "rules read metrics nobody exposes");
  }

  @Test
  void theDeploymentMountsTheFilesWhereTheConfigExpectsThem() {
    Deployment prometheus =
        (Deployment)
            ReferencePolicy.named(deployed, "Deployment", "prometheus")
                .findFirst()
                .orElseThrow()
                .resource();
    Container container = prometheus.getSpec().getTemplate().getSpec().getContainers().get(0);
    List<Volume> volumes = prometheus.getSpec().getTemplate().getSpec().getVolumes();

    assertTrue(
        container.getArgs().contains("--config.file=/etc/prometheus/prometheus.yml"),
        container.getArgs().toString());
    assertEquals(PrometheusFiles.CONFIG_MAP, configMapAt(container, volumes, "/etc/prometheus"));
    assertEquals(
        PrometheusFiles.RULES_CONFIG_MAP, configMapAt(container, volumes, "/etc/prometheus/rules"));
  }

  private static String configMapAt(Container container, List<Volume> volumes, String path) {
    VolumeMount mount =
        container.getVolumeMounts().stream()
            .filter(m -> m.getMountPath().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
    return volumes.stream()
        .filter(v -> v.getName().equals(mount.getName()))
        .findFirst()
        .orElseThrow()
        .getConfigMap()
        .getName();
  }
}
