package io.ticketknowledge.platform.blobs;

import static org.junit.jupiter.api.Assertions.fail;

import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract against the real S3 server of the test services ({@code TK_S3_*}). Each test stores
 * under a prefix of its own in the shared bucket and removes what it stored.
 */
class S3BlobStoreIT extends BlobStoreContract {

  private static final ContentTypeDetector DETECTOR = new ContentTypeDetector();
  private static String endpoint;
  private static String accessKey;
  private static String secretKey;
  private static String bucket;
  private static MinioAsyncClient admin;

  private final String prefix = "it-blobs/" + UUID.randomUUID() + "/";
  private final List<S3BlobStore> stores = new ArrayList<>();

  @BeforeAll
  static void connect() {
    endpoint = env("TK_S3_ENDPOINT");
    accessKey = env("TK_S3_ACCESS_KEY");
    secretKey = env("TK_S3_SECRET_KEY");
    bucket = env("TK_S3_BUCKET");
    admin =
        MinioAsyncClient.builder()
            .endpoint(endpoint)
            .region("us-east-1")
            .credentials(accessKey, secretKey)
            .build();
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      fail(
          name
              + " is not set: the S3 contract needs the test services"
              + " (source the services' env file: TK_S3_ENDPOINT, TK_S3_ACCESS_KEY,"
              + " TK_S3_SECRET_KEY, TK_S3_BUCKET)");
    }
    return value;
  }

  @Override
  protected BlobStore store(BlobPolicy policy) {
    S3BlobStore store =
        new S3BlobStore(
            new S3Settings(
                endpoint,
                "us-east-1",
                bucket,
                accessKey,
                secretKey,
                prefix,
                S3Settings.MIN_PART_SIZE,
                true,
                Optional.empty(),
                Duration.ofSeconds(3)),
            policy,
            DETECTOR,
            Clock.systemUTC());
    store.readiness(); // the bucket exists (made on a fresh server)
    stores.add(store);
    return store;
  }

  /** Objects and unfinished multipart uploads under the test's prefix. */
  @Override
  protected List<String> leftovers() throws Exception {
    List<String> found = new ArrayList<>();
    for (Result<Item> item : objects()) {
      found.add(item.get().objectName());
    }
    for (Upload upload : unfinishedUploads()) {
      found.add("unfinished upload of " + upload.objectName());
    }
    return found;
  }

  @Override
  protected boolean offersDownloadUrls() {
    return true;
  }

  @AfterEach
  void removeWhatTheTestStored() throws Exception {
    for (Result<Item> item : objects()) {
      admin
          .removeObject(
              RemoveObjectArgs.builder().bucket(bucket).object(item.get().objectName()).build())
          .get();
    }
    // a failed test may have left an unfinished upload: don't let it pile up in the shared bucket
    for (Upload upload : unfinishedUploads()) {
      admin
          .abortMultipartUploadAsync(
              bucket, null, upload.objectName(), upload.uploadId(), null, null)
          .get();
    }
    for (S3BlobStore store : stores) {
      store.close();
    }
  }

  private List<Upload> unfinishedUploads() throws Exception {
    return admin
        .listMultipartUploadsAsync(bucket, null, null, null, null, 1000, prefix, null, null, null)
        .get()
        .result()
        .uploads();
  }

  private Iterable<Result<Item>> objects() {
    return admin.listObjects(
        ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build());
  }
}
