package io.ticketknowledge.platform.audit;

/** How an audited action ended, with the HTTP status of a refusal. */
public enum AuditOutcome {
  SUCCESS(0),
  /** 401: no valid token, or a revoked one. */
  UNAUTHENTICATED(401),
  /** 403: authenticated, but the role does not allow it. */
  FORBIDDEN(403),
  /** 404 by policy: the object exists but is hidden from the caller. */
  HIDDEN(404),
  /** The action was allowed but failed. */
  FAILED(0);

  private final int status;

  AuditOutcome(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The refusal outcome of an HTTP status, or null when the status is not a refusal. */
  public static AuditOutcome refusal(int status) {
    return switch (status) {
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      default -> null;
    };
  }
}
