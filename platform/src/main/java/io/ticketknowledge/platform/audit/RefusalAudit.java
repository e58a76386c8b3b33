package io.ticketknowledge.platform.audit;

import io.ticketknowledge.platform.security.AuthMetrics;
import io.ticketknowledge.platform.security.revocation.RevokedTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 401 and 403 the API answers (a role check, a rule of a resource, a revoked token) is
 * counted ({@link AuthMetrics}) and recorded in the module's audit trail as {@link
 * AuditAction#ACCESS_REFUSED}, with the method and path as its object. Refusals Liberty gives
 * before the application (a token with a bad signature or expired) are in Liberty's own log, not
 * here.
 */
@Provider
@Priority(Priorities.USER)
public class RefusalAudit implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(RefusalAudit.class.getName());

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    AuditOutcome outcome = AuditOutcome.refusal(response.getStatus());
    if (outcome == null) {
      return;
    }
    try {
      String schema = RequestActor.schema(servletRequest).orElse(null);
      if (schema == null) {
        return;
      }
      AuthMetrics metrics = CDI.current().select(AuthMetrics.class).get();
      boolean revoked = Boolean.TRUE.equals(request.getProperty(RevokedTokens.REVOKED));
      if (outcome == AuditOutcome.UNAUTHENTICATED) {
        metrics.failedAuthentication(schema, revoked ? "revoked" : "no-valid-token");
      } else {
        metrics.refusedAuthorization(schema);
      }
      AuditEntry entry =
          new AuditEntry(
              Clock.systemUTC().instant(),
              RequestActor.of(servletRequest),
              AuditAction.ACCESS_REFUSED,
              new AuditObject("request", request.getMethod() + " " + path(request)),
              List.of(),
              outcome,
              revoked ? "token revoked" : null);
      AuditTrail.append(CDI.current().select(AuditLedger.class).get(), schema, entry);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "refusal not audited", e);
    }
  }

  /** The path below the module's root, without the query (search terms are personal data). */
  private static String path(ContainerRequestContext request) {
    return "/" + request.getUriInfo().getPath(true).replaceFirst("^/", "");
  }
}
