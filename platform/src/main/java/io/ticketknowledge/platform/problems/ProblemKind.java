package io.ticketknowledge.platform.problems;

/** The kinds of problem the API reports, each with its HTTP status and message keys. */
public enum ProblemKind {
  VALIDATION(400, "validation"),
  MALFORMED_JSON(400, "malformed-json"),
  BAD_REQUEST(400, "bad-request"),
  UNAUTHORIZED(401, "unauthorized"),
  FORBIDDEN(403, "forbidden"),
  NOT_FOUND(404, "not-found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  CONFLICT(409, "conflict"),
  PRECONDITION_FAILED(412, "precondition-failed"),
  BODY_TOO_LARGE(413, "body-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable"),
  UNPROCESSABLE_CONTENT(422, "unprocessable-content"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  INTERNAL(500, "internal"),
  UNAVAILABLE(503, "unavailable");

  private final int status;
  private final String slug;

  ProblemKind(int status, String slug) {
    this.status = status;
    this.slug = slug;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  String titleKey() {
    return "problem." + slug + ".title";
  }

  String detailKey() {
    return "problem." + slug + ".detail";
  }

  public static ProblemKind forStatus(int status) {
    for (ProblemKind kind : values()) {
      if (kind.status == status && kind != MALFORMED_JSON && kind != VALIDATION) {
        return kind;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
