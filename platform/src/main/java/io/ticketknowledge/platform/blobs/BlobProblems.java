package io.ticketknowledge.platform.blobs;

import io.ticketknowledge.platform.blobs.BlobRefusedException.Reason;
import java.util.Collection;

/** The refusals of the blob store, with their message keys. */
final class BlobProblems {

  private BlobProblems() {}

  static BlobRefusedException typeRefused(String detected, Collection<String> accepted) {
    return new BlobRefusedException(
        Reason.TYPE_NOT_ACCEPTED, "blob.type-refused", detected, String.join(", ", accepted));
  }

  static BlobRefusedException tooLarge(long maxBytes) {
    return new BlobRefusedException(Reason.TOO_LARGE, "blob.too-large", maxBytes);
  }

  static BlobRefusedException notFound() {
    return new BlobRefusedException(Reason.NOT_FOUND, "blob.not-found");
  }

  static BlobRefusedException invalidKey() {
    return new BlobRefusedException(Reason.INVALID_KEY, "blob.invalid-key");
  }
}
