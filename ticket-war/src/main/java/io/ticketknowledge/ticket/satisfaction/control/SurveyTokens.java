package io.ticketknowledge.ticket.satisfaction.control;

import io.ticketknowledge.ticket.satisfaction.entity.SurveyClaim;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed survey tokens (decision 0023): {@code <ticketId>.<resolvedAt ms>.<expires s>.<mac>}, the
 * MAC an HMAC-SHA256 under the server's {@code tk.csat.token-key} over {@code csat.v1|} and the
 * first three parts, base64url. The token names one resolution of one ticket; its single use is the
 * database's (one rating per resolution), its validity this class's.
 */
public final class SurveyTokens {

  private static final String CONTEXT = "csat.v1|";

  private final byte[] key;

  public SurveyTokens(String configuredKey) {
    if (configuredKey == null || configuredKey.length() < 32) {
      throw new IllegalArgumentException("tk.csat.token-key needs at least 32 characters");
    }
    this.key = configuredKey.getBytes(StandardCharsets.UTF_8);
  }

  public String issue(SurveyClaim claim) {
    String body =
        claim.ticketId()
            + "."
            + claim.resolvedAt().toEpochMilli()
            + "."
            + claim.expiresAt().getEpochSecond();
    return body + "." + mac(body);
  }

  /**
   * @throws SurveyTokenRejected when the token is malformed, altered or expired at {@code now}
   */
  public SurveyClaim verify(String token, Instant now) {
    if (token == null || token.length() > 200) {
      throw new SurveyTokenRejected(SurveyTokenRejected.Reason.MALFORMED);
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 4) {
      throw new SurveyTokenRejected(SurveyTokenRejected.Reason.MALFORMED);
    }
    String body = parts[0] + "." + parts[1] + "." + parts[2];
    if (!MessageDigest.isEqual(
        mac(body).getBytes(StandardCharsets.US_ASCII),
        parts[3].getBytes(StandardCharsets.US_ASCII))) {
      throw new SurveyTokenRejected(SurveyTokenRejected.Reason.TAMPERED);
    }
    SurveyClaim claim;
    try {
      claim =
          new SurveyClaim(
              Long.parseLong(parts[0]),
              Instant.ofEpochMilli(Long.parseLong(parts[1])),
              Instant.ofEpochSecond(Long.parseLong(parts[2])));
    } catch (NumberFormatException e) {
      // signed by us yet unreadable cannot happen; treated as malformed all the same
      throw new SurveyTokenRejected(SurveyTokenRejected.Reason.MALFORMED);
    }
    if (!now.isBefore(claim.expiresAt())) {
      throw new SurveyTokenRejected(SurveyTokenRejected.Reason.EXPIRED);
    }
    return claim;
  }

  private String mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal((CONTEXT + body).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
