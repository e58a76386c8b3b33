package io.ticketknowledge.platform.audit;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Who acted: the token's subject (null when anonymous), their roles, and where the request came
 * from (client address, user agent, request id). Every text is cut to its column's length.
 */
public record AuditActor(
    String subject, List<String> roles, String clientAddress, String userAgent, String requestId) {

  public static final AuditActor SYSTEM = new AuditActor("system", List.of(), null, null, null);

  public AuditActor {
    subject = AuditText.cut(subject, 200);
    roles = List.copyOf(new TreeSet<>(roles == null ? List.of() : roles));
    clientAddress = AuditText.cut(clientAddress, 100);
    userAgent = AuditText.cut(userAgent, 500);
    requestId = AuditText.cut(requestId, 100);
  }

  public static AuditActor of(
      String subject,
      Iterable<String> roles,
      String clientAddress,
      String userAgent,
      String requestId) {
    TreeSet<String> sorted = new TreeSet<>();
    if (roles != null) {
      roles.forEach(role -> sorted.add(Objects.requireNonNull(role)));
    }
    return new AuditActor(subject, List.copyOf(sorted), clientAddress, userAgent, requestId);
  }

  /** The roles as stored: comma-separated, sorted. */
  public String rolesText() {
    return String.join(",", roles);
  }
}
