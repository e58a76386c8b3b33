package io.ticketknowledge.platform.problems;

/**
 * A failure the client can act on. Business code throws a subclass or this class with a {@link
 * ProblemKind}; {@link ApiExceptionMapper} turns it into a localized problem document. The detail
 * is a message key plus arguments, so it is localized per request, not when thrown.
 */
public class ApiException extends RuntimeException {

  private final ProblemKind kind;
  private final String detailKey;
  private final transient Object[] detailArgs;

  public ApiException(ProblemKind kind, String detailKey, Object... detailArgs) {
    super(kind.slug() + (detailKey == null ? "" : ": " + detailKey), null, false, false);
    this.kind = kind;
    this.detailKey = detailKey;
    this.detailArgs = detailArgs;
  }

  public ProblemKind kind() {
    return kind;
  }

  /** Message key of the detail, or null for the kind's default detail. */
  public String detailKey() {
    return detailKey;
  }

  public Object[] detailArgs() {
    return detailArgs.clone();
  }

  public static ApiException notFound(String detailKey, Object... args) {
    return new ApiException(ProblemKind.NOT_FOUND, detailKey, args);
  }
}
