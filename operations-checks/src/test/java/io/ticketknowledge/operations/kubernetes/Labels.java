package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.Map;

/** Label selector matching as the API server does it (matchLabels and matchExpressions). */
final class Labels {

  /** Added to every StatefulSet pod by the controller: selects one pod, e.g. redis-0. */
  static final String POD_NAME = "statefulset.kubernetes.io/pod-name";

  private Labels() {}

  static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    return selector != null
        && !selector.isEmpty()
        && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, String> matchLabels = selector.getMatchLabels();
    boolean labelsMatch =
        matchLabels == null
            || matchLabels.entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    boolean expressionsMatch =
        selector.getMatchExpressions().stream().allMatch(r -> matches(r, labels));
    boolean empty =
        (matchLabels == null || matchLabels.isEmpty()) && selector.getMatchExpressions().isEmpty();
    return !empty && labelsMatch && expressionsMatch;
  }

  private static boolean matches(LabelSelectorRequirement r, Map<String, String> labels) {
    String value = labels.get(r.getKey());
    return switch (r.getOperator()) {
      case "In" -> value != null && r.getValues().contains(value);
      case "NotIn" -> value == null || !r.getValues().contains(value);
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      default -> false;
    };
  }

  /**
   * Whether a Service/PDB selector selects some pod of the workload: its template labels, plus the
   * pod-name label that the StatefulSet controller adds (redis-0 .. redis-N-1).
   */
  static boolean selectsPodOf(Map<String, String> selector, Workload workload) {
    if (selector == null || selector.isEmpty()) {
      return false;
    }
    Map<String, String> labels = new java.util.HashMap<>(workload.podLabels());
    if (workload.manifest().kind().equals("StatefulSet") && selector.containsKey(POD_NAME)) {
      String pod = selector.get(POD_NAME);
      String prefix = workload.manifest().name() + "-";
      if (pod.startsWith(prefix)) {
        try {
          int ordinal = Integer.parseInt(pod.substring(prefix.length()));
          if (ordinal >= 0 && ordinal < workload.replicas()) {
            labels.put(POD_NAME, pod);
          }
        } catch (NumberFormatException notAnOrdinal) {
          // not a pod of this StatefulSet
        }
      }
    }
    return matches(selector, labels);
  }
}
