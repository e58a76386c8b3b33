package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its entity version, and an update must
 * name the version it was based on in If-Match, so no client overwrites a change it has not seen.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * Checks an If-Match header against the current version: 428 when it is missing or {@code *}
   * (which would match any version and so skip the check), 412 when it names another version (or
   * cannot be parsed as one of ours).
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ApiException(ProblemKind.PRECONDITION_REQUIRED, null);
    }
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        throw new ApiException(
            ProblemKind.PRECONDITION_REQUIRED, "problem.if-match-wildcard.detail");
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals(Long.toString(currentVersion))) {
        return;
      }
    }
    throw new ApiException(
        ProblemKind.PRECONDITION_FAILED,
        "problem.precondition-failed.detail",
        ifMatch.trim(),
        "\"" + currentVersion + "\"");
  }
}
