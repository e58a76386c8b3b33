package io.ticketknowledge.platform.blobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Where and how {@link S3BlobStore} stores: the {@code tk.s3.*} service keys and the {@code
 * tk.blobs.s3.*} adapter keys.
 *
 * @param keyPrefix put before every key in the bucket ("" for none), e.g. to share a bucket
 * @param partSize bytes per part of a streamed multipart upload, at least 5 MiB; one upload holds
 *     one part in memory
 * @param publicEndpoint the endpoint browsers reach, for presigned URLs, when not {@code endpoint}
 * @param probeTimeout how long the readiness probe may wait for S3
 */
public record S3Settings(
    String endpoint,
    String region,
    String bucket,
    String accessKey,
    String secretKey,
    String keyPrefix,
    long partSize,
    boolean createBucket,
    Optional<String> publicEndpoint,
    Duration probeTimeout) {

  /** S3's smallest part (but the last). */
  public static final long MIN_PART_SIZE = 5L * 1024 * 1024;

  public S3Settings {
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException("S3 parts must be at least 5 MiB, not " + partSize);
    }
    keyPrefix = keyPrefix == null ? "" : keyPrefix;
  }
}
