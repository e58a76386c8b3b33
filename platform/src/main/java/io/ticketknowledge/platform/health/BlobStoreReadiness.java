package io.ticketknowledge.platform.health;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the S3 server answers and the attachment bucket exists (created on first probe when
 * {@code tk.s3.create-bucket} is true), if S3 is the blob adapter.
 */
@Readiness
@Alternative
@ApplicationScoped
public class BlobStoreReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.blobs.adapter")
  String adapter;

  @Inject
  @ConfigProperty(name = "tk.s3.endpoint")
  String endpoint;

  @Inject
  @ConfigProperty(name = "tk.s3.region")
  String region;

  @Inject
  @ConfigProperty(name = "tk.s3.bucket")
  String bucket;

  @Inject
  @ConfigProperty(name = "tk.s3.create-bucket")
  boolean createBucket;

  @Inject
  @ConfigProperty(name = "tk.s3.access-key")
  Optional<String> accessKey;

  @Inject
  @ConfigProperty(name = "tk.s3.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "tk.health.timeout-ms")
  int timeoutMs;

  private volatile MinioClient client;

  @Override
  public HealthCheckResponse call() {
    if (!"s3".equals(adapter)) {
      return Probe.embedded("blobs", adapter);
    }
    return Probe.run("blobs", adapter, this::bucketReady);
  }

  private String bucketReady() {
    try {
      if (client().bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
        return "bucket " + bucket + " at " + endpoint;
      }
      if (!createBucket) {
        throw new IllegalStateException("bucket " + bucket + " does not exist");
      }
      client().makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
      return "bucket " + bucket + " created at " + endpoint;
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "S3 at " + endpoint + " did not answer: " + e.getClass().getSimpleName(), e);
    }
  }

  private MinioClient client() {
    if (client == null) {
      MinioClient minio =
          MinioClient.builder()
              .endpoint(endpoint)
              .region(region)
              .credentials(accessKey.orElse(""), secretKey.orElse(""))
              .build();
      minio.setTimeout(timeoutMs, timeoutMs, timeoutMs);
      client = minio;
    }
    return client;
  }
}
