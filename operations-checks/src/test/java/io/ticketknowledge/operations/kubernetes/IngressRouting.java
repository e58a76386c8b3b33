package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public entry: TLS on every host, each module's API prefix to the backend, the portal at /,
 * and no path that reaches the backend's internal endpoints (/health, /metrics, /openapi).
 */
final class IngressRouting {

  static final String BACKEND = "backend";
  static final String FRONTEND = "frontend";
  private static final List<String> INTERNAL = List.of("/health", "/metrics", "/openapi");

  private IngressRouting() {}

  /** Path to Service name over every Ingress rule. */
  static Map<String, String> routes(List<Manifest> manifests) {
    Map<String, String> routes = new LinkedHashMap<>();
    for (Manifest m : ingresses(manifests)) {
      for (IngressRule rule : ((Ingress) m.resource()).getSpec().getRules()) {
        for (HTTPIngressPath path : rule.getHttp().getPaths()) {
          routes.put(path.getPath(), path.getBackend().getService().getName());
        }
      }
    }
    return routes;
  }

  static List<String> check(List<Manifest> manifests) {
    List<String> violations = new ArrayList<>();
    Map<String, String> routes = routes(manifests);
    for (String prefix : List.of("/api/ticket", "/api/knowledge")) {
      if (!BACKEND.equals(routes.get(prefix))) {
        violations.add(
            "ingress: " + prefix + " goes to " + routes.get(prefix) + ", expected " + BACKEND);
      }
    }
    if (!FRONTEND.equals(routes.get("/"))) {
      violations.add("ingress: / goes to " + routes.get("/") + ", expected " + FRONTEND);
    }
    routes.forEach(
        (path, service) -> {
          if (INTERNAL.stream().anyMatch(path::startsWith)) {
            violations.add("ingress: " + path + " exposes an internal endpoint publicly");
          }
          if (BACKEND.equals(service) && !path.startsWith("/api/")) {
            violations.add(
                "ingress: "
                    + path
                    + " sends non-API paths to the backend (it serves /health, /metrics, /openapi)");
          }
        });
    for (Manifest m : ingresses(manifests)) {
      Ingress ingress = (Ingress) m.resource();
      for (IngressRule rule : ingress.getSpec().getRules()) {
        boolean covered =
            ingress.getSpec().getTls().stream()
                .anyMatch(tls -> tls.getHosts().contains(rule.getHost()));
        if (!covered) {
          violations.add(m.describe() + ": host " + rule.getHost() + " has no TLS entry");
        }
      }
    }
    return violations;
  }

  private static List<Manifest> ingresses(List<Manifest> manifests) {
    return manifests.stream().filter(m -> m.resource() instanceof Ingress).toList();
  }
}
