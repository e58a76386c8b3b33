package io.ticketknowledge.operations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Assertions on violation lists with messages that show every violation found. */
final class Violations {

  private Violations() {}

  static void assertNone(List<String> violations) {
    if (!violations.isEmpty()) {
      fail(violations.size() + " violation(s):\n  " + String.join("\n  ", violations));
    }
  }

  /** Some violation mentions every one of the fragments (e.g. an object name and a rule). */
  static void assertReported(List<String> violations, String... fragments) {
    boolean found =
        violations.stream().anyMatch(v -> java.util.Arrays.stream(fragments).allMatch(v::contains));
    assertTrue(
        found,
        "expected a violation with "
            + List.of(fragments)
            + ", got:\n  "
            + String.join("\n  ", violations));
  }

  static void assertNotReported(List<String> violations, String fragment) {
    List<String> matching = violations.stream().filter(v -> v.contains(fragment)).toList();
    assertTrue(matching.isEmpty(), "unexpected violation(s):\n  " + String.join("\n  ", matching));
  }
}
