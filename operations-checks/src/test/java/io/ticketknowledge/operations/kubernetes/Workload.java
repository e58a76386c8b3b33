package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What the policies need of anything that runs pods: its template, selector and claims. */
record Workload(
    Manifest manifest,
    LabelSelector selector,
    PodTemplateSpec template,
    int replicas,
    List<PersistentVolumeClaim> claimTemplates) {

  /** Long-running workloads (probes are required); Jobs run to completion. */
  boolean longRunning() {
    String kind = manifest.kind();
    return kind.equals("Deployment") || kind.equals("StatefulSet") || kind.equals("DaemonSet");
  }

  PodSpec pod() {
    return template.getSpec();
  }

  ObjectMeta podMeta() {
    return template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
  }

  Map<String, String> podLabels() {
    Map<String, String> labels = podMeta().getLabels();
    return labels == null ? Map.of() : labels;
  }

  List<Container> allContainers() {
    List<Container> all = new ArrayList<>(pod().getInitContainers());
    all.addAll(pod().getContainers());
    return all;
  }

  static List<Workload> of(List<Manifest> manifests) {
    return manifests.stream().map(Workload::from).flatMap(Optional::stream).toList();
  }

  static Optional<Workload> from(Manifest m) {
    if (m.resource() instanceof Deployment d) {
      return Optional.of(
          new Workload(
              m,
              d.getSpec().getSelector(),
              d.getSpec().getTemplate(),
              d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas(),
              List.of()));
    }
    if (m.resource() instanceof StatefulSet s) {
      return Optional.of(
          new Workload(
              m,
              s.getSpec().getSelector(),
              s.getSpec().getTemplate(),
              s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas(),
              s.getSpec().getVolumeClaimTemplates()));
    }
    if (m.resource() instanceof DaemonSet d) {
      return Optional.of(
          new Workload(m, d.getSpec().getSelector(), d.getSpec().getTemplate(), 1, List.of()));
    }
    if (m.resource() instanceof Job j) {
      return Optional.of(
          new Workload(m, j.getSpec().getSelector(), j.getSpec().getTemplate(), 1, List.of()));
    }
    if (m.resource() instanceof CronJob c) {
      return Optional.of(
          new Workload(
              m, null, c.getSpec().getJobTemplate().getSpec().getTemplate(), 1, List.of()));
    }
    return Optional.empty();
  }

  static Stream<Workload> stream(List<Manifest> manifests) {
    return of(manifests).stream();
  }
}
