package io.ticketknowledge.platform.blobs;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.util.Collection;

/** The client-facing failures of the blob store, with their message keys. */
final class BlobProblems {

  private BlobProblems() {}

  static ApiException typeRefused(String detected, Collection<String> accepted) {
    return new ApiException(
        ProblemKind.UNSUPPORTED_MEDIA_TYPE,
        "blob.type-refused",
        detected,
        String.join(", ", accepted));
  }

  static ApiException tooLarge(long maxBytes) {
    return new ApiException(ProblemKind.BODY_TOO_LARGE, "blob.too-large", maxBytes);
  }

  static ApiException notFound() {
    return ApiException.notFound("blob.not-found");
  }

  static ApiException invalidKey() {
    return new ApiException(ProblemKind.BAD_REQUEST, "blob.invalid-key");
  }
}
