package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the deployed Prometheus files out of their ConfigMaps in the layout the Deployment mounts:
 * prometheus.yml (ConfigMap prometheus-config) at the top, the rule files (ConfigMap
 * prometheus-rules) under rules/ — so the config's relative {@code rules/*.yml} resolves the same.
 */
final class PrometheusFiles {

  static final String CONFIG_MAP = "prometheus-config";
  static final String RULES_CONFIG_MAP = "prometheus-rules";

  private PrometheusFiles() {}

  static Path extract(List<Manifest> manifests, Path dir) {
    try {
      Files.writeString(
          dir.resolve("prometheus.yml"), data(manifests, CONFIG_MAP).get("prometheus.yml"));
      Path rules = Files.createDirectories(dir.resolve("rules"));
      for (Map.Entry<String, String> file : data(manifests, RULES_CONFIG_MAP).entrySet()) {
        Files.writeString(rules.resolve(file.getKey()), file.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> data(List<Manifest> manifests, String configMap) {
    return ReferencePolicy.named(manifests, "ConfigMap", configMap)
        .map(m -> ((ConfigMap) m.resource()).getData())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no ConfigMap " + configMap + " under kubernetes/"));
  }
}
