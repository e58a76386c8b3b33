package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamespacePolicyIT {

  @Test
  void everyNamespacedObjectNamesTicketKnowledge() {
    assertNone(NamespacePolicy.check(RepoFiles.deployed()));
  }

  @Test
  void missingWrongAndMisplacedNamespacesAreReported() {
    List<String> v = NamespacePolicy.check(RepoFiles.fixtureManifests("namespace-violations"));

    assertReported(v, "ConfigMap/no-namespace", "namespace is null, expected ticket-knowledge");
    assertReported(v, "ConfigMap/default-namespace", "namespace is default");
    assertReported(v, "ClusterRole/namespaced-cluster-role", "cluster-scoped");
    assertReported(v, "Schedule/schedule-in-app-namespace", "expected velero");
    assertEquals(4, v.size(), String.join("\n", v));
  }
}
