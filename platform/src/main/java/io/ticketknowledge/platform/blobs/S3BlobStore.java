package io.ticketknowledge.platform.blobs;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The production adapter: blobs as objects in an S3 bucket (MinIO in production, anything speaking
 * S3), named {@code <key-prefix><key>}. Uploads of unknown length stream as multipart uploads, one
 * part in memory at a time; an upload cut off at the size limit is aborted, so no object or
 * incomplete upload is left. Downloads can bypass the application through presigned GET URLs.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NotFound");

  /** What S3 allows for a presigned URL's lifetime. */
  private static final Duration MAX_EXPIRY = Duration.ofDays(7);

  private final S3Settings settings;
  private final BlobPolicy policy;
  private final ContentTypeDetector detector;
  private final Clock clock;
  private final MinioClient client;
  private final MinioClient probeClient;
  private final MinioClient presigner;

  public S3BlobStore(
      S3Settings settings, BlobPolicy policy, ContentTypeDetector detector, Clock clock) {
    this.settings = settings;
    this.policy = policy;
    this.detector = detector;
    this.clock = clock;
    this.client = client(settings.endpoint());
    // readiness must answer quickly when S3 hangs; transfers keep the client's long timeouts
    this.probeClient = client(settings.endpoint());
    long probeMs = settings.probeTimeout().toMillis();
    probeClient.setTimeout(probeMs, probeMs, probeMs);
    // signing needs no request (the region is given), so the public host can be one we can't reach
    this.presigner = settings.publicEndpoint().map(this::client).orElse(client);
  }

  private MinioClient client(String endpoint) {
    return MinioClient.builder()
        .endpoint(endpoint)
        .region(settings.region())
        .credentials(settings.accessKey(), settings.secretKey())
        .build();
  }

  @Override
  public StoredBlob put(InputStream content, UploadHints hints) {
    InspectedUpload upload;
    try {
      upload = InspectedUpload.inspect(content, hints, policy, detector);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload failed", e);
    }
    String key = BlobKeys.next(clock);
    try {
      client.putObject(
          PutObjectArgs.builder().bucket(settings.bucket()).object(objectName(key)).stream(
                  upload, -1, settings.partSize())
              .contentType(upload.contentType())
              .build());
    } catch (Exception e) {
      // either way the MinIO client aborted its multipart upload on our IOException
      if (upload.overLimit()) {
        throw BlobProblems.tooLarge(upload.maxBytes());
      }
      if (upload.clientFailure() != null) {
        throw upload.clientFailure();
      }
      throw failure("storing", key, e);
    }
    return new StoredBlob(key, upload.contentType(), upload.size(), upload.sha256Hex());
  }

  @Override
  public BlobContent get(String key, Optional<ByteRange> range) {
    String object = objectName(BlobKeys.requireValid(key));
    try {
      StatObjectResponse stat =
          client.statObject(
              StatObjectArgs.builder().bucket(settings.bucket()).object(object).build());
      long size = stat.size();
      ByteSpan span = range.map(r -> r.resolve(size)).orElse(ByteSpan.whole(size));
      if (span.length() == 0) { // an empty object: S3 refuses a range on it
        return new BlobContent(new ByteArrayInputStream(new byte[0]), stat.contentType(), 0, span);
      }
      InputStream stream =
          client.getObject(
              GetObjectArgs.builder()
                  .bucket(settings.bucket())
                  .object(object)
                  .offset(span.first())
                  .length(span.length())
                  .build());
      return new BlobContent(stream, stat.contentType(), size, span);
    } catch (BlobRefusedException e) {
      throw e;
    } catch (ErrorResponseException e) {
      if (MISSING.contains(e.errorResponse().code())) {
        throw BlobProblems.notFound();
      }
      throw failure("reading", key, e);
    } catch (Exception e) {
      throw failure("reading", key, e);
    }
  }

  @Override
  public void delete(String key) {
    String object = objectName(BlobKeys.requireValid(key));
    try {
      // S3's DELETE succeeds for a missing object: idempotent as it is
      client.removeObject(
          RemoveObjectArgs.builder().bucket(settings.bucket()).object(object).build());
    } catch (Exception e) {
      throw failure("deleting", key, e);
    }
  }

  @Override
  public Optional<URI> downloadUrl(String key, Duration expiry) {
    String object = objectName(BlobKeys.requireValid(key));
    if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(MAX_EXPIRY) > 0) {
      throw new IllegalArgumentException("expiry must be 1 s to 7 days, not " + expiry);
    }
    try {
      return Optional.of(
          URI.create(
              presigner.getPresignedObjectUrl(
                  GetPresignedObjectUrlArgs.builder()
                      .method(Method.GET)
                      .bucket(settings.bucket())
                      .object(object)
                      .expiry((int) expiry.toSeconds())
                      .build())));
    } catch (Exception e) {
      throw failure("signing a URL for", key, e);
    }
  }

  /** The bucket exists (created first when {@code tk.s3.create-bucket} allows). */
  @Override
  public String readiness() {
    String where = "bucket " + settings.bucket() + " at " + settings.endpoint();
    try {
      if (probeClient.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build())) {
        return where;
      }
      if (!settings.createBucket()) {
        throw new IllegalStateException(where + " does not exist");
      }
      probeClient.makeBucket(MakeBucketArgs.builder().bucket(settings.bucket()).build());
      return where + " created";
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "S3 at " + settings.endpoint() + " did not answer: " + e.getClass().getSimpleName(), e);
    }
  }

  String objectName(String key) {
    return settings.keyPrefix() + key;
  }

  private static RuntimeException failure(String action, String key, Exception e) {
    if (e instanceof RuntimeException runtime) {
      return runtime;
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(action + " blob " + key + " in S3 failed", io);
    }
    return new IllegalStateException(action + " blob " + key + " in S3 failed: " + e, e);
  }

  @Override
  public void close() throws Exception {
    client.close();
    probeClient.close();
    if (presigner != client) {
      presigner.close();
    }
  }
}
