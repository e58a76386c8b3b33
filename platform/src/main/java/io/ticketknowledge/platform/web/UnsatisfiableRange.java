package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;

/**
 * A range outside the content (416). Carries the size, which a resource sends as {@code
 * Content-Range: bytes *}{@code /size}.
 */
public class UnsatisfiableRange extends ApiException {

  private final long size;

  public UnsatisfiableRange(long size) {
    super(ProblemKind.RANGE_NOT_SATISFIABLE, null, size);
    this.size = size;
  }

  public long size() {
    return size;
  }

  /** The {@code Content-Range} header value of the 416 answer. */
  public String contentRange() {
    return "bytes */" + size;
  }
}
