package io.ticketknowledge.platform.security.revocation;

import java.time.Instant;

/** A subject whose tokens issued at or before {@code revokedAt} are refused. */
public record Revocation(String subject, Instant revokedAt, String revokedBy, String reason) {

  /** True when a token of this subject issued at {@code issuedAtSeconds} must be refused. */
  public boolean refuses(long issuedAtSeconds) {
    return issuedAtSeconds <= revokedAt.getEpochSecond();
  }
}
