package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void absentKeyIsNull() {
    assertNull(IdempotencyKeys.validated(null));
  }

  @Test
  void visibleAsciiUpTo255CharactersIsAccepted() {
    assertEquals("a-Z_0.9:~", IdempotencyKeys.validated("a-Z_0.9:~"));
    assertEquals(255, IdempotencyKeys.validated("k".repeat(255)).length());
  }

  @Test
  void emptyLongSpacedOrNonAsciiKeysAreBadRequests() {
    for (String key : new String[] {"", "k".repeat(256), "has space", "鍵", "tab\t"}) {
      ApiException refused = assertThrows(ApiException.class, () -> IdempotencyKeys.validated(key));
      assertEquals(ProblemKind.BAD_REQUEST, refused.kind(), key);
    }
  }

  @Test
  void fingerprintTellsRequestsApart() {
    assertEquals(
        IdempotencyKeys.fingerprint("a", "b", null), IdempotencyKeys.fingerprint("a", "b", null));
    assertNotEquals(IdempotencyKeys.fingerprint("a", "b"), IdempotencyKeys.fingerprint("ab", ""));
    assertNotEquals(
        IdempotencyKeys.fingerprint("a", "b", null), IdempotencyKeys.fingerprint("a", "b", "HIGH"));
    assertEquals(64, IdempotencyKeys.fingerprint("x").length());
  }
}
