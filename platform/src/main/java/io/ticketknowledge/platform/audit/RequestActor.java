package io.ticketknowledge.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads who is calling from a servlet request: the token's subject and roles, address, agent. */
final class RequestActor {

  static final String ADDRESS_HEADER_KEY = "tk.api.rate-limit.client-address-header";
  static final String REQUEST_ID_HEADER = "X-Request-Id";

  private RequestActor() {}

  static AuditActor of(HttpServletRequest request) {
    if (request == null) {
      return AuditActor.SYSTEM;
    }
    String subject = null;
    Set<String> roles = Set.of();
    Principal principal = safePrincipal(request);
    if (principal instanceof JsonWebToken token) {
      subject = token.getSubject() != null ? token.getSubject() : token.getName();
      roles = token.getGroups() == null ? Set.of() : token.getGroups();
    } else if (principal != null) {
      subject = principal.getName();
    }
    String requestId = request.getHeader(REQUEST_ID_HEADER);
    return AuditActor.of(
        subject,
        roles,
        clientAddress(request),
        request.getHeader("User-Agent"),
        requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId);
  }

  /** The module's schema from the context root: {@code /api/ticket} is schema {@code ticket}. */
  static Optional<String> schema(HttpServletRequest request) {
    String context = request == null ? null : request.getContextPath();
    if (context == null || !context.startsWith("/api/")) {
      return Optional.empty();
    }
    String module = context.substring("/api/".length());
    return module.matches("[a-z][a-z0-9_]{0,62}") ? Optional.of(module) : Optional.empty();
  }

  private static Principal safePrincipal(HttpServletRequest request) {
    try {
      return request.getUserPrincipal();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** As the rate limit sees it: the last hop of the configured proxy header, else the peer. */
  static String clientAddress(HttpServletRequest request) {
    Optional<String> header =
        ConfigProvider.getConfig()
            .getOptionalValue(ADDRESS_HEADER_KEY, String.class)
            .filter(h -> !h.isBlank());
    if (header.isPresent()) {
      String forwarded = request.getHeader(header.get());
      if (forwarded != null) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }
}
