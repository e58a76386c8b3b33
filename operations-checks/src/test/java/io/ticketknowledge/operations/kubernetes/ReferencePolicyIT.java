package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertNotReported;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferencePolicyIT {

  @Nested
  class Deployed {
    private final ReferencePolicy policy =
        new ReferencePolicy(
            RepoFiles.deployed(),
            RequiredSecrets.read(RepoFiles.kubernetes().resolve("required-secrets.txt")));

    @Test
    void selectorsMatchTheirTemplates() {
      assertNone(policy.selectorsMatchTemplates());
    }

    @Test
    void everyServiceSelectsPodsThatDeclareItsTargetPorts() {
      assertNone(policy.services());
    }

    @Test
    void volumesConfigMapsSecretsAndClaimsResolve() {
      assertNone(policy.podReferences());
    }

    @Test
    void autoscalersAndDisruptionBudgetsTargetExistingWorkloads() {
      assertNone(policy.scalingTargets());
    }

    @Test
    void ingressBackendsNameExistingServicePorts() {
      assertNone(policy.ingressBackends());
    }

    @Test
    void everyRequiredSecretIsUsed() {
      assertNone(policy.unusedRequiredSecrets());
    }
  }

  @Nested
  class BadFixtures {
    private final ReferencePolicy policy =
        new ReferencePolicy(
            RepoFiles.fixtureManifests("reference-violations"),
            RequiredSecrets.read(
                RepoFiles.fixture("reference-violations").resolve("required-secrets.txt")));

    @Test
    void aSelectorThatMissesTheTemplateIsReported() {
      assertReported(
          policy.selectorsMatchTemplates(),
          "Deployment/mislabelled",
          "does not match the template labels");
    }

    @Test
    void servicesWithoutPodsOrPortsAreReported() {
      List<String> v = policy.services();
      assertReported(v, "Service/orphan", "selects no workload's pods");
      assertReported(v, "Service/wrong-port", "targets metrics");
      assertReported(v, "Service/wrong-port", "targets 8081");
      assertNotReported(v, "Service/web");
    }

    @Test
    void danglingPodReferencesAreReported() {
      List<String> v = policy.podReferences();
      assertReported(v, "Deployment/web", "mounts volume undeclared");
      assertReported(v, "Deployment/web", "key absent.conf missing from ConfigMap web-config");
      assertReported(v, "Deployment/web", "claims PVC missing-claim");
      assertReported(v, "Deployment/web", "envFrom ConfigMap missing-config");
      assertReported(v, "Deployment/web", "env TOKEN takes key tokn of Secret app-secret");
      assertReported(v, "Deployment/web", "env LEVEL takes key levle of ConfigMap web-config");
      assertReported(v, "Deployment/web", "serviceAccountName ghost-account");
      assertNotReported(v, "env PASSWORD");
    }

    @Test
    void autoscalerAndBudgetWithoutTargetsAreReported() {
      List<String> v = policy.scalingTargets();
      assertReported(v, "HorizontalPodAutoscaler/ghost-hpa", "scales Deployment/ghost");
      assertReported(v, "PodDisruptionBudget/ghost-pdb", "selects no workload's pods");
    }

    @Test
    void ingressPathsToMissingServicesOrPortsAreReported() {
      List<String> v = policy.ingressBackends();
      assertReported(v, "Ingress/entry", "/missing goes to Service ghost-service");
      assertReported(v, "Ingress/entry", "/wrong goes to port https of Service web");
      assertReported(v, "Ingress/entry", "TLS Secret missing-tls");
      assertNotReported(v, "path / ");
    }

    @Test
    void aRequiredSecretThatNoManifestUsesIsReported() {
      List<String> v = policy.unusedRequiredSecrets();
      assertReported(v, "unused-secret token is used by no manifest");
      assertNotReported(v, "app-secret password");
    }
  }
}
