package io.ticketknowledge.operations.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provisioned Grafana dashboard: valid JSON, panels with queries on known metrics and sources.
 */
final class GrafanaDashboard {

  private GrafanaDashboard() {}

  static List<String> check(
      String file, String json, Set<String> knownMetrics, Set<String> datasourceUids) {
    JsonNode dashboard = JsonMapper.builder().build().readTree(json);
    List<String> violations = new ArrayList<>();
    if (dashboard.path("uid").asString("").isBlank()
        || dashboard.path("title").asString("").isBlank()) {
      violations.add(file + ": no uid or title");
    }
    if (dashboard.path("panels").isEmpty()) {
      violations.add(file + ": no panels");
    }
    for (JsonNode panel : dashboard.path("panels")) {
      String where = file + " panel '" + panel.path("title").asString() + "'";
      if (panel.path("type").asString().equals("row")) {
        continue;
      }
      String uid = panel.path("datasource").path("uid").asString("");
      if (!datasourceUids.contains(uid)) {
        violations.add(where + ": datasource uid " + uid + " is not provisioned " + datasourceUids);
      }
      if (panel.path("targets").isEmpty()) {
        violations.add(where + ": no query");
      }
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asString("");
        if (expr.isBlank()) {
          violations.add(where + ": target " + target.path("refId").asString() + " has no expr");
          continue;
        }
        Set<String> unknown = new TreeSet<>(MetricNames.in(expr));
        unknown.removeAll(knownMetrics);
        if (!unknown.isEmpty()) {
          violations.add(
              where
                  + ": queries "
                  + unknown
                  + ", which neither the backend nor a recording rule exposes");
        }
      }
    }
    return violations;
  }
}
