package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rules every pod-running object must follow: probes, resources, hardened security contexts and
 * pinned images. Each violation names the file, the object and the container.
 */
final class WorkloadPolicy {

  /**
   * The one way out of the non-root and no-hostPath rules: an annotation on the pod template that
   * says why (Filebeat reads the node's root-owned log files).
   */
  static final String EXEMPTION = "policy.ticket-knowledge.io/exemption";

  private WorkloadPolicy() {}

  static List<String> probes(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Workload w : Workload.of(manifests)) {
      if (!w.longRunning()) {
        continue;
      }
      for (Container c : w.pod().getContainers()) {
        String where = where(w, c);
        if (c.getReadinessProbe() == null) {
          violations.add(where + ": no readinessProbe");
        }
        if (c.getLivenessProbe() == null) {
          violations.add(where + ": no livenessProbe");
        }
        if (c.getStartupProbe() == null) {
          violations.add(where + ": no startupProbe");
        }
      }
    }
    return violations;
  }

  static List<String> resources(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Workload w : Workload.of(manifests)) {
      for (Container c : w.allContainers()) {
        String where = where(w, c);
        ResourceRequirements r = c.getResources();
        Map<String, Quantity> requests = r == null ? Map.of() : r.getRequests();
        Map<String, Quantity> limits = r == null ? Map.of() : r.getLimits();
        for (String resource : List.of("cpu", "memory")) {
          Quantity request = requests.get(resource);
          Quantity limit = limits.get(resource);
          if (request == null) {
            violations.add(where + ": no " + resource + " request");
          }
          if (limit == null) {
            violations.add(where + ": no " + resource + " limit");
          }
          if (request != null
              && limit != null
              && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
            violations.add(
                where + ": " + resource + " request " + request + " above its limit " + limit);
          }
        }
      }
    }
    return violations;
  }

  static List<String> security(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Workload w : Workload.of(manifests)) {
      String exemption =
          w.podMeta().getAnnotations() == null ? null : w.podMeta().getAnnotations().get(EXEMPTION);
      boolean exempt = exemption != null && !exemption.isBlank();
      PodSecurityContext pod =
          Objects.requireNonNullElse(w.pod().getSecurityContext(), new PodSecurityContext());
      if (Boolean.TRUE.equals(w.pod().getHostNetwork())
          || Boolean.TRUE.equals(w.pod().getHostPID())
          || Boolean.TRUE.equals(w.pod().getHostIPC())) {
        violations.add(
            w.manifest().describe() + ": shares the node's network, PID or IPC namespace");
      }
      for (Volume v : w.pod().getVolumes()) {
        if (v.getHostPath() != null && !exempt) {
          violations.add(
              w.manifest().describe()
                  + ": volume "
                  + v.getName()
                  + " is a hostPath without the "
                  + EXEMPTION
                  + " annotation");
        }
      }
      for (Container c : w.allContainers()) {
        String where = where(w, c);
        SecurityContext sc =
            Objects.requireNonNullElse(c.getSecurityContext(), new SecurityContext());
        Boolean nonRoot =
            sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : pod.getRunAsNonRoot();
        Long user = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod.getRunAsUser();
        if (!exempt) {
          if (!Boolean.TRUE.equals(nonRoot)) {
            violations.add(where + ": runAsNonRoot is not true");
          }
          if (user == null || user == 0) {
            violations.add(where + ": runAsUser must be set to a non-zero uid");
          }
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
          violations.add(
              where + ": readOnlyRootFilesystem is not true (mount emptyDirs for writable paths)");
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
          violations.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
          violations.add(where + ": privileged");
        }
        Capabilities caps = sc.getCapabilities();
        if (caps == null || !caps.getDrop().contains("ALL")) {
          violations.add(where + ": capabilities do not drop ALL");
        }
        if (caps != null && !caps.getAdd().isEmpty()) {
          violations.add(where + ": adds capabilities " + caps.getAdd());
        }
        SeccompProfile seccomp =
            sc.getSeccompProfile() != null ? sc.getSeccompProfile() : pod.getSeccompProfile();
        if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
          violations.add(where + ": seccompProfile is not RuntimeDefault");
        }
      }
    }
    return violations;
  }

  static List<String> images(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Workload w : Workload.of(manifests)) {
      for (Container c : w.allContainers()) {
        String problem = imageProblem(c.getImage());
        if (problem != null) {
          violations.add(where(w, c) + ": image " + c.getImage() + " " + problem);
        }
      }
    }
    return violations;
  }

  /** Null when the reference pins a version: a tag other than latest, or a digest. */
  static String imageProblem(String image) {
    if (image == null || image.isBlank()) {
      return "is missing";
    }
    if (image.contains("@sha256:")) {
      return null;
    }
    String lastSegment = image.substring(image.lastIndexOf('/') + 1);
    int colon = lastSegment.indexOf(':');
    if (colon < 0) {
      return "has no tag (would pull latest)";
    }
    String tag = lastSegment.substring(colon + 1);
    if (tag.isEmpty() || tag.equalsIgnoreCase("latest")) {
      return "is not pinned (tag '" + tag + "')";
    }
    return null;
  }

  private static String where(Workload w, Container c) {
    return w.manifest().describe() + " container " + c.getName();
  }
}
