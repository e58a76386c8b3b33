package io.ticketknowledge.ticket.satisfaction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.ticket.satisfaction.entity.SurveyClaim;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {

  private static final String KEY = "unit-test-csat-key-0123456789-abcdef";
  private static final Instant RESOLVED = Instant.parse("2026-11-30T08:15:00.123Z");
  private static final Instant EXPIRES = Instant.parse("2026-12-14T08:15:00Z");

  private final SurveyTokens tokens = new SurveyTokens(KEY);

  @Test
  void aTokenSaysWhichResolutionOfWhichTicketUntilWhen() {
    SurveyClaim claim = new SurveyClaim(1042, RESOLVED, EXPIRES);
    String token = tokens.issue(claim);
    assertEquals(claim, tokens.verify(token, EXPIRES.minusSeconds(1)));
    assertEquals(token, tokens.issue(claim), "the same resolution, the same link");
  }

  @Test
  void anExpiredTokenIsRejectedAsExpired() {
    String token = tokens.issue(new SurveyClaim(1042, RESOLVED, EXPIRES));
    assertEquals(SurveyTokenRejected.Reason.EXPIRED, reason(token, EXPIRES));
    assertEquals(SurveyTokenRejected.Reason.EXPIRED, reason(token, EXPIRES.plusSeconds(86400)));
  }

  @Test
  void alteredTokensAreRejectedAsTampered() {
    String token = tokens.issue(new SurveyClaim(1042, RESOLVED, EXPIRES));
    String[] parts = token.split("\\.");
    Instant now = RESOLVED;
    // another ticket, another resolution, a later expiry: each breaks the MAC
    assertEquals(
        SurveyTokenRejected.Reason.TAMPERED,
        reason("1043." + parts[1] + "." + parts[2] + "." + parts[3], now));
    assertEquals(
        SurveyTokenRejected.Reason.TAMPERED,
        reason(parts[0] + ".1." + parts[2] + "." + parts[3], now));
    assertEquals(
        SurveyTokenRejected.Reason.TAMPERED,
        reason(parts[0] + "." + parts[1] + ".9999999999." + parts[3], now));
    char last = parts[3].charAt(parts[3].length() - 1);
    assertEquals(
        SurveyTokenRejected.Reason.TAMPERED,
        reason(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), now));
    assertEquals(
        SurveyTokenRejected.Reason.TAMPERED,
        reason(
            new SurveyTokens(KEY + "-other").issue(new SurveyClaim(1042, RESOLVED, EXPIRES)), now),
        "signed with another server's key");
  }

  @Test
  void malformedTokensAreRejected() {
    for (String token : new String[] {"", "abc", "1.2.3", "1.2.3.4.5", "x".repeat(300)}) {
      assertEquals(SurveyTokenRejected.Reason.MALFORMED, reason(token, RESOLVED), token);
    }
    assertThrows(SurveyTokenRejected.class, () -> tokens.verify(null, RESOLVED));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SurveyTokens("short"));
    assertThrows(IllegalArgumentException.class, () -> new SurveyTokens(null));
  }

  private SurveyTokenRejected.Reason reason(String token, Instant now) {
    return assertThrows(SurveyTokenRejected.class, () -> tokens.verify(token, now)).reason();
  }
}
