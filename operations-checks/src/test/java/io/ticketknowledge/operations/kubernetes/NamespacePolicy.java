package io.ticketknowledge.operations.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every namespaced object names its namespace, so `kubectl apply -f dir/` never lands elsewhere.
 */
final class NamespacePolicy {

  static final String NAMESPACE = "ticket-knowledge";

  /** Velero's own resources live where the Velero server runs. */
  static final String VELERO_NAMESPACE = "velero";

  private static final Set<String> CLUSTER_SCOPED =
      Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass");

  private NamespacePolicy() {}

  static List<String> check(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Manifest m : manifests) {
      String namespace = m.resource().getMetadata().getNamespace();
      if (CLUSTER_SCOPED.contains(m.kind())) {
        if (namespace != null) {
          violations.add(m.describe() + ": cluster-scoped, but names namespace " + namespace);
        }
        continue;
      }
      String expected =
          m.resource().getApiVersion().startsWith("velero.io/") ? VELERO_NAMESPACE : NAMESPACE;
      if (!expected.equals(namespace)) {
        violations.add(m.describe() + ": namespace is " + namespace + ", expected " + expected);
      }
    }
    return violations;
  }
}
