package io.ticketknowledge.platform.privacy;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;

/**
 * A person as the modules know them: the identity provider's subject id (the token's {@code sub},
 * stored as {@code requester_id}, {@code author_id} … in the rows). At most 255 characters, none of
 * them a control character or a slash.
 */
public record SubjectId(String value) {

  public static final int MAX_LENGTH = 255;

  public SubjectId {
    if (!valid(value)) {
      throw new IllegalArgumentException("not a subject id");
    }
  }

  /** The subject of a path or body parameter; a 400 problem for a malformed one. */
  public static SubjectId parse(String value) {
    if (!valid(value)) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "privacy.subject-invalid");
    }
    return new SubjectId(value);
  }

  private static boolean valid(String value) {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      return false;
    }
    return value.chars().noneMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\');
  }

  public Pseudonym pseudonym() {
    return Pseudonym.of(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
