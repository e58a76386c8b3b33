package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cross-object references: what one manifest names must exist in another (or, for Secrets, in
 * kubernetes/required-secrets.txt). kubectl applies dangling references without complaint; the pods
 * then hang in ContainerCreating or CreateContainerConfigError.
 */
final class ReferencePolicy {

  private final List<Manifest> manifests;
  private final RequiredSecrets secrets;
  private final List<Workload> workloads;
  private final Set<String> usedSecretKeys = new HashSet<>();

  ReferencePolicy(List<Manifest> manifests, RequiredSecrets secrets) {
    this.manifests = manifests;
    this.secrets = secrets;
    this.workloads = Workload.of(manifests);
  }

  List<String> selectorsMatchTemplates() {
    List<String> violations = new ArrayList<>();
    for (Workload w : workloads) {
      if (w.selector() == null) {
        if (!w.manifest().kind().endsWith("Job")) {
          violations.add(w.manifest().describe() + ": no selector");
        }
        continue;
      }
      if (!Labels.matches(w.selector(), w.podLabels())) {
        violations.add(
            w.manifest().describe()
                + ": selector "
                + w.selector().getMatchLabels()
                + " does not match the template labels "
                + w.podLabels());
      }
    }
    return violations;
  }

  List<String> services() {
    List<String> violations = new ArrayList<>();
    for (Manifest m : of(Service.class)) {
      Service service = (Service) m.resource();
      Map<String, String> selector = service.getSpec().getSelector();
      List<Workload> selected =
          workloads.stream().filter(w -> Labels.selectsPodOf(selector, w)).toList();
      if (selected.isEmpty()) {
        violations.add(m.describe() + ": selector " + selector + " selects no workload's pods");
        continue;
      }
      for (ServicePort port : service.getSpec().getPorts()) {
        IntOrString target =
            port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
        boolean found =
            selected.stream()
                .flatMap(w -> w.pod().getContainers().stream())
                .flatMap(c -> c.getPorts().stream())
                .anyMatch(cp -> portMatches(cp, target));
        if (!found) {
          violations.add(
              m.describe()
                  + ": port "
                  + port.getName()
                  + " targets "
                  + targetText(target)
                  + ", which no container of the selected pods declares");
        }
      }
    }
    return violations;
  }

  List<String> podReferences() {
    List<String> violations = new ArrayList<>();
    for (Workload w : workloads) {
      String where = w.manifest().describe();
      Set<String> volumeNames = new HashSet<>();
      for (Volume v : w.pod().getVolumes()) {
        volumeNames.add(v.getName());
        if (v.getConfigMap() != null) {
          Optional<ConfigMap> cm = configMap(v.getConfigMap().getName());
          if (cm.isEmpty()) {
            violations.add(
                where
                    + ": volume "
                    + v.getName()
                    + " names ConfigMap "
                    + v.getConfigMap().getName()
                    + ", which no manifest defines");
          } else {
            for (KeyToPath item : v.getConfigMap().getItems()) {
              if (!cm.get().getData().containsKey(item.getKey())) {
                violations.add(
                    where
                        + ": volume "
                        + v.getName()
                        + " takes key "
                        + item.getKey()
                        + " missing from ConfigMap "
                        + v.getConfigMap().getName());
              }
            }
          }
        }
        if (v.getSecret() != null) {
          String name = v.getSecret().getSecretName();
          if (!secretExists(name)) {
            violations.add(
                where
                    + ": volume "
                    + v.getName()
                    + " names Secret "
                    + name
                    + ", neither defined nor in required-secrets.txt");
          }
          markSecretUsed(name, null);
        }
        if (v.getPersistentVolumeClaim() != null) {
          String claim = v.getPersistentVolumeClaim().getClaimName();
          boolean exists =
              of(PersistentVolumeClaim.class).stream().anyMatch(pvc -> pvc.name().equals(claim));
          if (!exists) {
            violations.add(
                where
                    + ": volume "
                    + v.getName()
                    + " claims PVC "
                    + claim
                    + ", which no manifest defines");
          }
        }
      }
      w.claimTemplates().forEach(t -> volumeNames.add(t.getMetadata().getName()));
      String account = w.pod().getServiceAccountName();
      if (account != null
          && !account.equals("default")
          && of(ServiceAccount.class).stream().noneMatch(sa -> sa.name().equals(account))) {
        violations.add(where + ": serviceAccountName " + account + " is not defined");
      }
      for (Container c : w.allContainers()) {
        for (VolumeMount mount : c.getVolumeMounts()) {
          if (!volumeNames.contains(mount.getName())) {
            violations.add(
                where
                    + " container "
                    + c.getName()
                    + ": mounts volume "
                    + mount.getName()
                    + ", which the pod does not define");
          }
        }
        for (EnvFromSource from : c.getEnvFrom()) {
          if (from.getConfigMapRef() != null
              && configMap(from.getConfigMapRef().getName()).isEmpty()) {
            violations.add(
                where
                    + " container "
                    + c.getName()
                    + ": envFrom ConfigMap "
                    + from.getConfigMapRef().getName()
                    + " is not defined");
          }
          if (from.getSecretRef() != null) {
            if (!secretExists(from.getSecretRef().getName())) {
              violations.add(
                  where
                      + " container "
                      + c.getName()
                      + ": envFrom Secret "
                      + from.getSecretRef().getName()
                      + " is unknown");
            }
            markSecretUsed(from.getSecretRef().getName(), null);
          }
        }
        for (EnvVar env : c.getEnv()) {
          if (env.getValueFrom() == null) {
            continue;
          }
          var cmRef = env.getValueFrom().getConfigMapKeyRef();
          if (cmRef != null) {
            Optional<ConfigMap> cm = configMap(cmRef.getName());
            if (cm.isEmpty() || !cm.get().getData().containsKey(cmRef.getKey())) {
              violations.add(
                  where
                      + " container "
                      + c.getName()
                      + ": env "
                      + env.getName()
                      + " takes key "
                      + cmRef.getKey()
                      + " of ConfigMap "
                      + cmRef.getName()
                      + ", which does not exist");
            }
          }
          var secretRef = env.getValueFrom().getSecretKeyRef();
          if (secretRef != null) {
            if (!secretKeyExists(secretRef.getName(), secretRef.getKey())) {
              violations.add(
                  where
                      + " container "
                      + c.getName()
                      + ": env "
                      + env.getName()
                      + " takes key "
                      + secretRef.getKey()
                      + " of Secret "
                      + secretRef.getName()
                      + ", neither defined nor in required-secrets.txt");
            }
            markSecretUsed(secretRef.getName(), secretRef.getKey());
          }
        }
      }
    }
    return violations;
  }

  List<String> scalingTargets() {
    List<String> violations = new ArrayList<>();
    for (Manifest m : of(HorizontalPodAutoscaler.class)) {
      var target = ((HorizontalPodAutoscaler) m.resource()).getSpec().getScaleTargetRef();
      boolean exists =
          workloads.stream()
              .anyMatch(
                  w ->
                      w.manifest().kind().equals(target.getKind())
                          && w.manifest().name().equals(target.getName()));
      if (!exists) {
        violations.add(
            m.describe()
                + ": scales "
                + target.getKind()
                + "/"
                + target.getName()
                + ", which is not defined");
      }
    }
    for (Manifest m : of(PodDisruptionBudget.class)) {
      var selector = ((PodDisruptionBudget) m.resource()).getSpec().getSelector();
      if (workloads.stream().noneMatch(w -> Labels.matches(selector, w.podLabels()))) {
        violations.add(
            m.describe()
                + ": selector "
                + (selector == null ? null : selector.getMatchLabels())
                + " selects no workload's pods");
      }
    }
    return violations;
  }

  List<String> ingressBackends() {
    List<String> violations = new ArrayList<>();
    for (Manifest m : of(Ingress.class)) {
      Ingress ingress = (Ingress) m.resource();
      for (IngressTLS tls : ingress.getSpec().getTls()) {
        if (!secretExists(tls.getSecretName())) {
          violations.add(
              m.describe()
                  + ": TLS Secret "
                  + tls.getSecretName()
                  + " is neither defined nor in required-secrets.txt");
        }
        markSecretUsed(tls.getSecretName(), null);
      }
      for (IngressRule rule : ingress.getSpec().getRules()) {
        for (HTTPIngressPath path : rule.getHttp().getPaths()) {
          IngressServiceBackend backend = path.getBackend().getService();
          Optional<Service> service = service(backend.getName());
          if (service.isEmpty()) {
            violations.add(
                m.describe()
                    + ": path "
                    + path.getPath()
                    + " goes to Service "
                    + backend.getName()
                    + ", which is not defined");
            continue;
          }
          var port = backend.getPort();
          boolean portExists =
              service.get().getSpec().getPorts().stream()
                  .anyMatch(
                      p ->
                          port.getName() != null
                              ? port.getName().equals(p.getName())
                              : port.getNumber().equals(p.getPort()));
          if (!portExists) {
            violations.add(
                m.describe()
                    + ": path "
                    + path.getPath()
                    + " goes to port "
                    + (port.getName() != null ? port.getName() : port.getNumber())
                    + " of Service "
                    + backend.getName()
                    + ", which it does not have");
          }
        }
      }
    }
    return violations;
  }

  /** Lines of required-secrets.txt that no manifest uses (run after the other checks). */
  List<String> unusedRequiredSecrets() {
    podReferences();
    ingressBackends();
    List<String> violations = new ArrayList<>();
    secrets
        .keysBySecret()
        .forEach(
            (secret, keys) ->
                keys.forEach(
                    key -> {
                      if (!usedSecretKeys.contains(secret + "/" + key)
                          && !usedSecretKeys.contains(secret + "/*")) {
                        violations.add(
                            "required-secrets.txt: "
                                + secret
                                + " "
                                + key
                                + " is used by no manifest");
                      }
                    }));
    return violations;
  }

  private void markSecretUsed(String secret, String key) {
    usedSecretKeys.add(secret + "/" + (key == null ? "*" : key));
  }

  private boolean secretExists(String name) {
    return secrets.has(name) || of(Secret.class).stream().anyMatch(s -> s.name().equals(name));
  }

  private boolean secretKeyExists(String name, String key) {
    if (secrets.has(name, key)) {
      return true;
    }
    return of(Secret.class).stream()
        .filter(s -> s.name().equals(name))
        .map(s -> (Secret) s.resource())
        .anyMatch(s -> s.getData().containsKey(key) || s.getStringData().containsKey(key));
  }

  private Optional<ConfigMap> configMap(String name) {
    return of(ConfigMap.class).stream()
        .filter(m -> m.name().equals(name))
        .map(m -> (ConfigMap) m.resource())
        .findFirst();
  }

  private Optional<Service> service(String name) {
    return of(Service.class).stream()
        .filter(m -> m.name().equals(name))
        .map(m -> (Service) m.resource())
        .findFirst();
  }

  private List<Manifest> of(Class<?> type) {
    return manifests.stream().filter(m -> type.isInstance(m.resource())).toList();
  }

  private static boolean portMatches(ContainerPort port, IntOrString target) {
    if (target.getStrVal() != null) {
      return target.getStrVal().equals(port.getName());
    }
    return target.getIntVal().equals(port.getContainerPort());
  }

  private static String targetText(IntOrString target) {
    return target.getStrVal() != null ? target.getStrVal() : String.valueOf(target.getIntVal());
  }

  static Stream<Manifest> named(List<Manifest> manifests, String kind, String name) {
    return manifests.stream().filter(m -> m.kind().equals(kind) && name.equals(m.name()));
  }
}
