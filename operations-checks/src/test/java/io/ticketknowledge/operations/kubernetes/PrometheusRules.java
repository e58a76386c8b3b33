package io.ticketknowledge.operations.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The alerting and recording rules of the deployed prometheus-rules ConfigMap. */
record PrometheusRules(List<JsonNode> rules) {

  static PrometheusRules of(Map<String, String> ruleFiles) {
    YAMLMapper yaml = YAMLMapper.builder().build();
    List<JsonNode> rules = new ArrayList<>();
    for (String file : ruleFiles.values()) {
      for (JsonNode group : yaml.readTree(file).path("groups")) {
        group.path("rules").forEach(rules::add);
      }
    }
    return new PrometheusRules(rules);
  }

  List<String> alertNames() {
    return rules.stream().filter(r -> r.has("alert")).map(r -> r.get("alert").asString()).toList();
  }

  List<String> recordedNames() {
    return rules.stream()
        .filter(r -> r.has("record"))
        .map(r -> r.get("record").asString())
        .toList();
  }

  List<String> expressions() {
    return rules.stream().map(r -> r.path("expr").asString()).toList();
  }
}
