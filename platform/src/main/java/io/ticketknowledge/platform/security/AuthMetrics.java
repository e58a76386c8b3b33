package io.ticketknowledge.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Refused requests, in Prometheus as {@code tk_auth_failures_total{module,reason}} (401: no valid
 * token as the API saw it, or a revoked one) and {@code tk_auth_refusals_total{module}} (403: the
 * role does not allow it). The alert rules TkAuthFailureRate and TkAuthorizationRefusalRate in
 * kubernetes/monitoring use these names.
 */
@ApplicationScoped
public class AuthMetrics {

  public static final String FAILURES = "tk_auth_failures";
  public static final String REFUSALS = "tk_auth_refusals";

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  public void failedAuthentication(String module, String reason) {
    registry
        .counter(
            Metadata.builder()
                .withName(FAILURES)
                .withDescription("Requests refused with 401 (no valid token, or a revoked one)")
                .build(),
            new Tag("module", module),
            new Tag("reason", reason))
        .inc();
  }

  public void refusedAuthorization(String module) {
    registry
        .counter(
            Metadata.builder()
                .withName(REFUSALS)
                .withDescription("Requests refused with 403 (role or rule does not allow it)")
                .build(),
            new Tag("module", module))
        .inc();
  }
}
