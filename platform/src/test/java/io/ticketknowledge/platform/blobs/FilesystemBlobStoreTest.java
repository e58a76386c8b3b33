package io.ticketknowledge.platform.blobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

class FilesystemBlobStoreTest extends BlobStoreContract {

  private static final ContentTypeDetector DETECTOR = new ContentTypeDetector();

  @TempDir Path root;

  @Override
  protected BlobStore store(BlobPolicy policy) {
    return new FilesystemBlobStore(root, policy, DETECTOR, Clock.systemUTC());
  }

  /** Every regular file, the staging directory included. */
  @Override
  protected List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }

  @Override
  protected boolean offersDownloadUrls() {
    return false;
  }
}
