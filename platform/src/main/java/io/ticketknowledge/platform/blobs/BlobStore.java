package io.ticketknowledge.platform.blobs;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Stores uploaded files (attachments, images) by a generated key. Content is streamed both ways,
 * never held in memory whole; its type is detected from the bytes and checked against an
 * allow-list. Adapters: {@link FilesystemBlobStore} (embedded) and {@link S3BlobStore}
 * (production), chosen by {@code tk.blobs.adapter} in {@link BlobStoreProducer}.
 *
 * <p>What it refuses is a {@link BlobRefusedException} with its {@link
 * BlobRefusedException.Reason}: a refused type, over the size limit, an unknown key, a key not of
 * the generated format, a range outside the content ({@code platform.problems.PortProblems} answers
 * them with 415, 413, 404, 400 and 416).
 */
public interface BlobStore {

  /**
   * Reads {@code content} to its end and stores it under a new key. Nothing is stored when it is
   * refused. The caller closes {@code content}.
   *
   * @param hints what the client declared; never trusted, at most used to narrow the detected type
   */
  StoredBlob put(InputStream content, UploadHints hints);

  /** The content from its first byte, or the bytes of {@code range}. The caller closes it. */
  BlobContent get(String key, Optional<ByteRange> range);

  default BlobContent get(String key) {
    return get(key, Optional.empty());
  }

  /** Removes the blob; removing one that does not exist (any more) is not an error. */
  void delete(String key);

  /**
   * A URL a browser can download the blob from directly for {@code expiry}, if the adapter offers
   * one (S3 presigned GET); empty when downloads must go through the application.
   */
  Optional<URI> downloadUrl(String key, Duration expiry);

  /**
   * Checks that the store can take uploads now. Returns what was checked, for the readiness
   * response.
   *
   * @throws IllegalStateException with the reason when it cannot
   */
  String readiness();
}
