package io.ticketknowledge.platform.security.revocation;

import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.problems.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401 problem+json, {@code WWW-Authenticate: Bearer error="invalid_token"}) every token
 * whose subject was revoked after the token was issued ({@code iat} at or before the revocation).
 * Runs after Liberty validated the token, before any resource.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RevokedTokens implements ContainerRequestFilter {

  /** Set on a request refused here, so the refusal is counted as "revoked". */
  public static final String REVOKED = RevokedTokens.class.getName() + ".revoked";

  private static final Logger LOG = Logger.getLogger(RevokedTokens.class.getName());

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security == null || !(security.getUserPrincipal() instanceof JsonWebToken token)) {
      return;
    }
    String subject = token.getSubject() != null ? token.getSubject() : token.getName();
    String schema = schema();
    if (subject == null || schema == null) {
      return;
    }
    Optional<Revocation> revocation;
    try {
      revocation = CDI.current().select(AccessRevocations.class).get().find(schema, subject);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "revocations not readable; request of " + subject + " not checked", e);
      return;
    }
    if (revocation.isPresent() && revocation.get().refuses(token.getIssuedAtTime())) {
      request.setProperty(REVOKED, Boolean.TRUE);
      Response problem =
          ProblemResponses.build(
              ProblemKind.UNAUTHORIZED,
              "problem.token-revoked.detail",
              new Object[0],
              headers,
              uri);
      request.abortWith(
          Response.fromResponse(problem)
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  "Bearer error=\"invalid_token\", error_description=\"token revoked\"")
              .build());
    }
  }

  private String schema() {
    try {
      String context = servletRequest == null ? null : servletRequest.getContextPath();
      return context != null && context.matches("/api/[a-z][a-z0-9_]{0,62}")
          ? context.substring("/api/".length())
          : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
