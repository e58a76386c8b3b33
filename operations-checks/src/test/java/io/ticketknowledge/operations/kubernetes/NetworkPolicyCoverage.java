package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Network isolation: a default-deny policy for the namespace, and data services that admit only
 * their clients — the backend for the application's stores, Logstash/Kibana for the log store —
 * plus their own members and their own setup Jobs (named {@code <service>-…}).
 */
final class NetworkPolicyCoverage {

  static final String NAME = "app.kubernetes.io/name";

  /** Data service (pod label app.kubernetes.io/name) to the clients it may admit. */
  static final Map<String, Set<String>> DATA_SERVICE_CLIENTS =
      Map.of(
          "postgres", Set.of("backend"),
          "redis", Set.of("backend"),
          "elasticsearch", Set.of("backend"),
          "kafka", Set.of("backend"),
          "minio", Set.of("backend"),
          "clamav", Set.of("backend"),
          "logging-es", Set.of("logstash", "kibana"));

  private NetworkPolicyCoverage() {}

  static List<String> defaultDeny(List<Manifest> manifests) {
    boolean present =
        policies(manifests).stream()
            .map(m -> ((NetworkPolicy) m.resource()).getSpec())
            .anyMatch(
                spec ->
                    isEmptySelector(spec)
                        && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && spec.getIngress().isEmpty()
                        && spec.getEgress().isEmpty());
    return present
        ? List.of()
        : List.of(
            "no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rules)");
  }

  static List<String> dataServices(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    List<Workload> workloads = Workload.of(manifests);
    DATA_SERVICE_CLIENTS.forEach(
        (service, clients) -> {
          List<Workload> pods =
              workloads.stream().filter(w -> service.equals(w.podLabels().get(NAME))).toList();
          if (pods.isEmpty()) {
            violations.add(
                "data service " + service + ": no workload with label " + NAME + "=" + service);
            return;
          }
          List<Manifest> selecting =
              policies(manifests).stream()
                  .filter(p -> !isEmptySelector(spec(p)))
                  .filter(
                      p ->
                          pods.stream()
                              .anyMatch(
                                  w -> Labels.matches(spec(p).getPodSelector(), w.podLabels())))
                  .filter(p -> spec(p).getPolicyTypes().contains("Ingress"))
                  .toList();
          if (selecting.isEmpty()) {
            violations.add(
                "data service " + service + ": no NetworkPolicy selects its pods for Ingress");
          }
          for (Manifest policy : selecting) {
            for (NetworkPolicyIngressRule rule : spec(policy).getIngress()) {
              if (rule.getFrom().isEmpty()) {
                violations.add(
                    policy.describe()
                        + ": an ingress rule without 'from' admits every source to "
                        + service);
              }
              for (NetworkPolicyPeer peer : rule.getFrom()) {
                String problem = peerProblem(peer, service, clients);
                if (problem != null) {
                  violations.add(policy.describe() + ": " + service + " " + problem);
                }
              }
            }
          }
        });
    return violations;
  }

  private static String peerProblem(NetworkPolicyPeer peer, String service, Set<String> clients) {
    if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null) {
      return "admits traffic from outside the namespace's pods";
    }
    if (peer.getPodSelector() == null
        || peer.getPodSelector().getMatchLabels() == null
        || !peer.getPodSelector().getMatchExpressions().isEmpty()) {
      return "admits pods without a plain " + NAME + " selector";
    }
    String client = peer.getPodSelector().getMatchLabels().get(NAME);
    if (client == null) {
      return "admits pods selected without " + NAME;
    }
    boolean allowed =
        clients.contains(client) || client.equals(service) || client.startsWith(service + "-");
    return allowed ? null : "admits " + client + ", which is not one of its clients " + clients;
  }

  /** Egress to any address (0.0.0.0/0, ::/0, or a prefix shorter than /8) is never needed. */
  static List<String> openEgress(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    for (Manifest policy : policies(manifests)) {
      var egress = spec(policy).getEgress();
      if (egress == null) {
        continue;
      }
      for (var rule : egress) {
        if (rule.getTo() == null || rule.getTo().isEmpty()) {
          violations.add(policy.describe() + ": an egress rule without 'to' reaches every address");
          continue;
        }
        for (NetworkPolicyPeer peer : rule.getTo()) {
          if (peer.getIpBlock() == null) {
            continue;
          }
          String cidr = peer.getIpBlock().getCidr();
          int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
          if (prefix < 8) {
            violations.add(policy.describe() + ": egress to " + cidr + " (any address)");
          }
        }
      }
    }
    return violations;
  }

  private static boolean isEmptySelector(NetworkPolicySpec spec) {
    var selector = spec.getPodSelector();
    return selector == null
        || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
            && selector.getMatchExpressions().isEmpty());
  }

  private static NetworkPolicySpec spec(Manifest m) {
    return ((NetworkPolicy) m.resource()).getSpec();
  }

  private static List<Manifest> policies(List<Manifest> manifests) {
    return manifests.stream().filter(m -> m.resource() instanceof NetworkPolicy).toList();
  }
}
