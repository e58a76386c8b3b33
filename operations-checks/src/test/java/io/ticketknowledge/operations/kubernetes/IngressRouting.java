package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public entry: TLS on every host, each module's API prefix to the backend, the portal at /,
 * and no path that reaches the backend's internal endpoints (/health, /metrics, /openapi); the
 * security headers (HSTS, nosniff, frame options, referrer policy, a CSP with frame-ancestors) on
 * every response through ingress-nginx's custom-headers ConfigMap.
 */
final class IngressRouting {

  static final String BACKEND = "backend";
  static final String FRONTEND = "frontend";
  private static final List<String> INTERNAL = List.of("/health", "/metrics", "/openapi");
  static final String CUSTOM_HEADERS = "nginx.ingress.kubernetes.io/custom-headers";
  static final List<String> SECURITY_HEADERS =
      List.of(
          "Strict-Transport-Security",
          "X-Content-Type-Options",
          "X-Frame-Options",
          "Referrer-Policy",
          "Content-Security-Policy");

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
      violations.addAll(securityHeaders(m, manifests));
    }
    return violations;
  }

  /** The headers of the ConfigMap the custom-headers annotation names (namespace/name). */
  private static List<String> securityHeaders(Manifest ingress, List<Manifest> manifests) {
    Map<String, String> annotations = ingress.resource().getMetadata().getAnnotations();
    String ref = annotations == null ? null : annotations.get(CUSTOM_HEADERS);
    if (ref == null) {
      return List.of(ingress.describe() + ": no " + CUSTOM_HEADERS + " (security headers)");
    }
    Map<String, String> headers =
        manifests.stream()
            .filter(m -> m.resource() instanceof ConfigMap)
            .filter(
                m ->
                    ref.equals(
                        m.resource().getMetadata().getNamespace()
                            + "/"
                            + m.resource().getMetadata().getName()))
            .map(m -> ((ConfigMap) m.resource()).getData())
            .findFirst()
            .orElse(null);
    if (headers == null) {
      return List.of(ingress.describe() + ": " + CUSTOM_HEADERS + " names no ConfigMap: " + ref);
    }
    List<String> violations = new ArrayList<>();
    for (String header : SECURITY_HEADERS) {
      String value = headers.get(header);
      if (value == null || value.isBlank()) {
        violations.add(ingress.describe() + ": security header " + header + " missing in " + ref);
      }
    }
    String csp = headers.getOrDefault("Content-Security-Policy", "");
    if (!csp.contains("frame-ancestors 'none'") && !csp.contains("frame-ancestors 'self'")) {
      violations.add(ingress.describe() + ": the CSP has no frame-ancestors");
    }
    if (!"nosniff".equals(headers.get("X-Content-Type-Options"))) {
      violations.add(ingress.describe() + ": X-Content-Type-Options is not nosniff");
    }
    if (!headers.getOrDefault("Strict-Transport-Security", "").contains("max-age=31536000")) {
      violations.add(ingress.describe() + ": HSTS max-age below one year");
    }
    return violations;
  }

  private static List<Manifest> ingresses(List<Manifest> manifests) {
    return manifests.stream().filter(m -> m.resource() instanceof Ingress).toList();
  }
}
