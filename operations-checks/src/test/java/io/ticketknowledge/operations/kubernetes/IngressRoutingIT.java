package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngressRoutingIT {

  @Test
  void apisGoToTheBackendThePortalToTheFrontendOverTlsAndNothingInternalIsPublic() {
    List<Manifest> deployed = RepoFiles.deployed();

    assertNone(IngressRouting.check(deployed));
    assertEquals(
        Map.of("/api/ticket", "backend", "/api/knowledge", "backend", "/", "frontend"),
        IngressRouting.routes(deployed));
  }

  @Test
  void internalPathsWrongTargetsAndMissingTlsAreReported() {
    List<String> v = IngressRouting.check(RepoFiles.fixtureManifests("ingress-violations"));

    assertReported(v, "/api/knowledge goes to null");
    assertReported(v, "/ goes to backend, expected frontend");
    assertReported(v, "/health exposes an internal endpoint");
    assertReported(v, "/ sends non-API paths to the backend");
    assertReported(v, "Ingress/open", "host open.example.com has no TLS entry");
    assertReported(v, "Ingress/open", "no nginx.ingress.kubernetes.io/custom-headers");
  }

  @Test
  void missingOrWeakSecurityHeadersAreReported() {
    List<String> v = IngressRouting.check(RepoFiles.fixtureManifests("ingress-header-violations"));

    assertReported(v, "Ingress/weak-headers", "security header Referrer-Policy missing");
    assertReported(v, "Ingress/weak-headers", "the CSP has no frame-ancestors");
    assertReported(v, "Ingress/weak-headers", "X-Content-Type-Options is not nosniff");
    assertReported(v, "Ingress/dangling-headers", "names no ConfigMap: ticket-knowledge/nowhere");
  }
}
