package io.ticketknowledge.platform.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded adapter: blobs as files under a root directory, {@code
 * <root>/<yyyy>/<MM>/<dd>/<uuid>} with the detected content type beside it in {@code <uuid>.type}.
 * An upload is written to {@code <root>/.incoming/} first and moved into place atomically once
 * complete, so a reader never sees half a file and a refused upload leaves nothing behind. No
 * download URLs: the application serves the bytes.
 */
public final class FilesystemBlobStore implements BlobStore {

  static final String INCOMING = ".incoming";
  private static final String TYPE_SUFFIX = ".type";

  private final Path root;
  private final BlobPolicy policy;
  private final ContentTypeDetector detector;
  private final Clock clock;

  public FilesystemBlobStore(
      Path root, BlobPolicy policy, ContentTypeDetector detector, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.policy = policy;
    this.detector = detector;
    this.clock = clock;
  }

  @Override
  public StoredBlob put(InputStream content, UploadHints hints) {
    Path temp = null;
    Path typeTemp = null;
    try {
      InspectedUpload upload = InspectedUpload.inspect(content, hints, policy, detector);
      String key = BlobKeys.next(clock);
      Path target = pathOf(key);
      Path incoming = Files.createDirectories(root.resolve(INCOMING));
      temp = Files.createTempFile(incoming, "blob-", ".part");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        upload.transferTo(out);
        channel.force(true); // on disk before it becomes visible under its key
      }
      typeTemp = Files.createTempFile(incoming, "type-", ".part");
      Files.writeString(typeTemp, upload.contentType(), StandardCharsets.UTF_8);
      Files.createDirectories(target.getParent());
      // the type first: whoever finds the data file finds its type too
      Files.move(typeTemp, typeOf(target), StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        deleteQuietly(typeOf(target));
        throw e;
      }
      return new StoredBlob(key, upload.contentType(), upload.size(), upload.sha256Hex());
    } catch (InspectedUpload.TooLarge e) {
      throw BlobProblems.tooLarge(policy.maxBytes());
    } catch (InspectedUpload.ClientStreamFailed e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new UncheckedIOException("storing a blob under " + root + " failed", e);
    } finally {
      deleteQuietly(temp);
      deleteQuietly(typeTemp);
    }
  }

  @Override
  public BlobContent get(String key, Optional<ByteRange> range) {
    Path path = pathOf(key);
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw BlobProblems.notFound();
    } catch (IOException e) {
      throw new UncheckedIOException("reading blob " + key + " failed", e);
    }
    try {
      long size = channel.size();
      ByteSpan span = range.map(r -> r.resolve(size)).orElse(ByteSpan.whole(size));
      channel.position(span.first());
      InputStream stream = new BoundedStream(Channels.newInputStream(channel), span.length());
      return new BlobContent(stream, contentTypeOf(path), size, span);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException("reading blob " + key + " failed", (IOException) e);
    }
  }

  @Override
  public void delete(String key) {
    Path path = pathOf(key);
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(typeOf(path));
    } catch (IOException e) {
      throw new UncheckedIOException("deleting blob " + key + " failed", e);
    }
  }

  @Override
  public Optional<URI> downloadUrl(String key, Duration expiry) {
    BlobKeys.requireValid(key);
    return Optional.empty();
  }

  /** Writable means an upload can be staged: a probe file is created and removed. */
  @Override
  public String readiness() {
    try {
      Path incoming = Files.createDirectories(root.resolve(INCOMING));
      Files.delete(Files.createTempFile(incoming, "ready-", ".probe"));
      return "directory " + root + " is writable";
    } catch (IOException | SecurityException e) {
      throw new IllegalStateException(
          "directory " + root + " is not writable: " + e.getClass().getSimpleName(), e);
    }
  }

  private Path pathOf(String key) {
    Path path = root.resolve(BlobKeys.requireValid(key)).normalize();
    if (!path.startsWith(root)) { // cannot happen with a valid key; a second guard for the root
      throw BlobProblems.invalidKey();
    }
    return path;
  }

  private static Path typeOf(Path blob) {
    return blob.resolveSibling(blob.getFileName() + TYPE_SUFFIX);
  }

  private static String contentTypeOf(Path blob) throws IOException {
    try {
      return Files.readString(typeOf(blob), StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      return "application/octet-stream";
    }
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // a stray temp file in .incoming is harmless; the original failure matters more
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // already failing
    }
  }
}
