package io.ticketknowledge.platform.blobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the one {@link BlobStore} of the application from {@code tk.blobs.adapter}: {@code
 * filesystem} (embedded) or {@code s3} (production). The S3 keys are read only for S3, so the
 * embedded profile neither needs nor touches them.
 */
@ApplicationScoped
public class BlobStoreProducer {

  @Inject Config config;

  @Produces
  @ApplicationScoped
  BlobStore blobStore() {
    String adapter = config.getValue("tk.blobs.adapter", String.class);
    BlobPolicy policy =
        BlobPolicy.of(
            config.getValues("tk.blobs.allowed-types", String.class),
            config.getValue("tk.blobs.max-bytes", Long.class));
    ContentTypeDetector detector = new ContentTypeDetector();
    switch (adapter) {
      case "filesystem":
        return new FilesystemBlobStore(
            Path.of(config.getValue("tk.blobs.filesystem.root", String.class)),
            policy,
            detector,
            Clock.systemUTC());
      case "s3":
        return new S3BlobStore(s3Settings(), policy, detector, Clock.systemUTC());
      default:
        throw new IllegalStateException(
            "tk.blobs.adapter must be filesystem or s3, not " + adapter);
    }
  }

  void close(@Disposes BlobStore store) throws Exception {
    if (store instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  private S3Settings s3Settings() {
    return new S3Settings(
        config.getValue("tk.s3.endpoint", String.class),
        config.getValue("tk.s3.region", String.class),
        config.getValue("tk.s3.bucket", String.class),
        config.getOptionalValue("tk.s3.access-key", String.class).orElse(""),
        config.getOptionalValue("tk.s3.secret-key", String.class).orElse(""),
        config.getOptionalValue("tk.blobs.s3.key-prefix", String.class).orElse(""),
        config.getValue("tk.blobs.s3.part-size-bytes", Long.class),
        config.getValue("tk.s3.create-bucket", Boolean.class),
        config.getOptionalValue("tk.blobs.s3.public-endpoint", String.class),
        Duration.ofMillis(config.getValue("tk.health.timeout-ms", Long.class)));
  }
}
