package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void matchingStrongWeakOrListedTagsPass() {
    assertDoesNotThrow(() -> Versions.requireMatch("\"7\"", 7));
    assertDoesNotThrow(() -> Versions.requireMatch("W/\"7\"", 7));
    assertDoesNotThrow(() -> Versions.requireMatch("\"5\", \"7\"", 7));
  }

  @Test
  void wildcardWouldSkipTheCheckSoItIsRefused() {
    ApiException refused = assertThrows(ApiException.class, () -> Versions.requireMatch("*", 7));
    assertEquals(ProblemKind.PRECONDITION_REQUIRED, refused.kind());
    assertEquals("problem.if-match-wildcard.detail", refused.detailKey());
    assertThrows(ApiException.class, () -> Versions.requireMatch("\"6\", *", 7));
  }

  @Test
  void missingIfMatchIsPreconditionRequired() {
    assertEquals(
        ProblemKind.PRECONDITION_REQUIRED,
        assertThrows(ApiException.class, () -> Versions.requireMatch(null, 1)).kind());
    assertEquals(
        ProblemKind.PRECONDITION_REQUIRED,
        assertThrows(ApiException.class, () -> Versions.requireMatch("  ", 1)).kind());
  }

  @Test
  void staleOrForeignTagsArePreconditionFailed() {
    assertEquals(
        ProblemKind.PRECONDITION_FAILED,
        assertThrows(ApiException.class, () -> Versions.requireMatch("\"6\"", 7)).kind());
    assertEquals(
        ProblemKind.PRECONDITION_FAILED,
        assertThrows(ApiException.class, () -> Versions.requireMatch("\"70\"", 7)).kind());
    assertEquals(
        ProblemKind.PRECONDITION_FAILED,
        assertThrows(ApiException.class, () -> Versions.requireMatch("garbage", 7)).kind());
  }
}
