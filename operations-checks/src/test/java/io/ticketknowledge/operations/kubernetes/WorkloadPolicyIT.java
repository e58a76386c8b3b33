package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertNotReported;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkloadPolicyIT {

  private static final List<Manifest> DEPLOYED = RepoFiles.deployed();
  private static final List<Manifest> BAD = RepoFiles.fixtureManifests("workload-violations");

  @Nested
  class Deployed {
    @Test
    void everyLongRunningContainerHasReadinessLivenessAndStartupProbes() {
      assertNone(WorkloadPolicy.probes(DEPLOYED));
    }

    @Test
    void everyContainerHasCpuAndMemoryRequestsAndLimits() {
      assertNone(WorkloadPolicy.resources(DEPLOYED));
    }

    @Test
    void everyContainerIsHardened() {
      assertNone(WorkloadPolicy.security(DEPLOYED));
    }

    @Test
    void everyImageIsPinned() {
      assertNone(WorkloadPolicy.images(DEPLOYED));
    }
  }

  @Nested
  class BadFixtures {
    @Test
    void missingProbesAreReported() {
      List<String> v = WorkloadPolicy.probes(BAD);
      assertReported(
          v, "workloads.yaml (document 1) Deployment/no-probes container main", "no livenessProbe");
      assertReported(v, "Deployment/no-probes", "no startupProbe");
      assertNotReported(v, "readinessProbe");
    }

    @Test
    void missingLimitsAndRequestsAboveLimitsAreReported() {
      List<String> v = WorkloadPolicy.resources(BAD);
      assertReported(v, "Deployment/no-limits", "no memory limit");
      assertReported(
          v, "Deployment/request-above-limit", "memory request 1Gi above its limit 128Mi");
    }

    @Test
    void weakSecurityContextsAreReported() {
      List<String> v = WorkloadPolicy.security(BAD);
      assertReported(v, "Deployment/runs-as-root", "runAsNonRoot is not true");
      assertReported(v, "Deployment/runs-as-root", "runAsUser must be set to a non-zero uid");
      assertReported(v, "Deployment/writable-root", "readOnlyRootFilesystem is not true");
      assertReported(v, "Deployment/escalates", "allowPrivilegeEscalation is not false");
      assertReported(v, "Deployment/keeps-capabilities", "capabilities do not drop ALL");
      assertReported(v, "Deployment/no-seccomp", "seccompProfile is not RuntimeDefault");
      assertReported(v, "Deployment/host-path", "volume logs is a hostPath");
    }

    @Test
    void theExemptionAnnotationAllowsRootAndHostPathOnly() {
      List<String> v = WorkloadPolicy.security(BAD);
      assertNotReported(v, "DaemonSet/exempt-root");
    }

    @Test
    void unpinnedImagesAreReported() {
      List<String> v = WorkloadPolicy.images(BAD);
      assertReported(v, "Deployment/latest-image", "is not pinned (tag 'latest')");
      assertReported(v, "Deployment/untagged-image", "has no tag");
      assertEquals(2, v.size(), String.join("\n", v));
    }
  }

  @Test
  void imageReferencesAreReadLikeDockerReadsThem() {
    assertNull(WorkloadPolicy.imageProblem("ticket-knowledge/backend:1.0.0"));
    assertNull(WorkloadPolicy.imageProblem("registry:5000/team/app@sha256:abcd"));
    assertEquals(
        "has no tag (would pull latest)", WorkloadPolicy.imageProblem("registry:5000/team/app"));
    assertEquals("is not pinned (tag 'latest')", WorkloadPolicy.imageProblem("postgres:latest"));
  }
}
