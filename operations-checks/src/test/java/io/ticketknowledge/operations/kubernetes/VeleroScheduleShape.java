package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Velero Schedule is a custom resource, so no typed model rejects its typos: this checks the
 * fields of velero.io/v1 Schedule that this deployment may use, the cron expression and the TTL.
 */
final class VeleroScheduleShape {

  private static final Set<String> SPEC_FIELDS =
      Set.of("schedule", "template", "useOwnerReferencesInBackup", "paused", "skipImmediately");

  /** BackupSpec fields (Velero 1.14+). */
  private static final Set<String> TEMPLATE_FIELDS =
      Set.of(
          "includedNamespaces",
          "excludedNamespaces",
          "includedResources",
          "excludedResources",
          "includedClusterScopedResources",
          "excludedClusterScopedResources",
          "includedNamespaceScopedResources",
          "excludedNamespaceScopedResources",
          "labelSelector",
          "orLabelSelectors",
          "snapshotVolumes",
          "ttl",
          "includeClusterResources",
          "hooks",
          "storageLocation",
          "volumeSnapshotLocations",
          "defaultVolumesToFsBackup",
          "orderedResources",
          "csiSnapshotTimeout",
          "itemOperationTimeout",
          "snapshotMoveData",
          "datamover",
          "uploaderConfig",
          "resourcePolicy",
          "metadata");

  private static final Pattern CRON_FIELD =
      Pattern.compile("(\\*|\\d+(-\\d+)?)(/\\d+)?(,(\\*|\\d+(-\\d+)?)(/\\d+)?)*");
  private static final Pattern GO_DURATION = Pattern.compile("(\\d+h)?(\\d+m)?(\\d+s)?");

  private VeleroScheduleShape() {}

  @SuppressWarnings("unchecked")
  static List<String> check(Manifest manifest, String namespaceToBackUp) {
    List<String> violations = new ArrayList<>();
    String where = manifest.describe();
    if (!(manifest.resource() instanceof GenericKubernetesResource schedule)
        || !"velero.io/v1".equals(schedule.getApiVersion())
        || !"Schedule".equals(schedule.getKind())) {
      return List.of(where + ": not a velero.io/v1 Schedule");
    }
    Map<String, Object> body = schedule.getAdditionalProperties();
    for (String key : body.keySet()) {
      if (!key.equals("spec") && !key.equals("status")) {
        violations.add(where + ": unknown top-level field " + key);
      }
    }
    if (!(body.get("spec") instanceof Map<?, ?> rawSpec)) {
      return List.of(where + ": no spec");
    }
    Map<String, Object> spec = (Map<String, Object>) rawSpec;
    unknown(spec.keySet(), SPEC_FIELDS, where + ": spec", violations);

    Object cron = spec.get("schedule");
    if (!(cron instanceof String expression) || !validCron(expression)) {
      violations.add(where + ": spec.schedule " + cron + " is not a five-field cron expression");
    }
    if (!(spec.get("template") instanceof Map<?, ?> rawTemplate)) {
      violations.add(where + ": no spec.template");
      return violations;
    }
    Map<String, Object> template = (Map<String, Object>) rawTemplate;
    unknown(template.keySet(), TEMPLATE_FIELDS, where + ": spec.template", violations);
    Object namespaces = template.get("includedNamespaces");
    if (!(namespaces instanceof List<?> list) || !list.contains(namespaceToBackUp)) {
      violations.add(
          where + ": spec.template.includedNamespaces does not include " + namespaceToBackUp);
    }
    Object ttl = template.get("ttl");
    if (!(ttl instanceof String text) || text.isEmpty() || !GO_DURATION.matcher(text).matches()) {
      violations.add(where + ": spec.template.ttl " + ttl + " is not a duration like 720h0m0s");
    }
    return violations;
  }

  static boolean validCron(String expression) {
    String[] fields = expression.trim().split("\\s+");
    if (fields.length != 5) {
      return false;
    }
    for (String field : fields) {
      if (!CRON_FIELD.matcher(field).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void unknown(
      Set<String> keys, Set<String> known, String where, List<String> violations) {
    for (String key : keys) {
      if (!known.contains(key)) {
        violations.add(where + " has unknown field " + key);
      }
    }
  }
}
