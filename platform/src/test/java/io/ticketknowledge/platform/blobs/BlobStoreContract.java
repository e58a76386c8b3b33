package io.ticketknowledge.platform.blobs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ticketknowledge.platform.blobs.BlobRefusedException.Reason;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every {@link BlobStore} adapter must do; each adapter's test extends it. Each test gets a
 * store of its own (its own directory or key prefix), so "nothing left behind" means nothing at
 * all.
 */
abstract class BlobStoreContract {

  static final long MIB = 1024 * 1024;
  static final BlobPolicy POLICY =
      BlobPolicy.of(List.of("image/png", "application/pdf", "text/plain"), 40 * MIB);

  /** A store of this adapter, fresh for the running test, with {@code policy}. */
  protected abstract BlobStore store(BlobPolicy policy);

  /** Everything the test's store holds: files or objects, and unfinished uploads. */
  protected abstract List<String> leftovers() throws Exception;

  /** Whether the adapter hands out direct download URLs. */
  protected abstract boolean offersDownloadUrls();

  protected BlobStore store;

  @BeforeEach
  void openStore() {
    store = store(POLICY);
  }

  @Test
  void roundTripKeepsBytesSizeAndSha256() throws Exception {
    byte[] png = Samples.concat(Samples.png(), Samples.filler(100_000));
    StoredBlob stored =
        store.put(new ByteArrayInputStream(png), UploadHints.of("image/png", "a.png"));

    assertTrue(BlobKeys.isValid(stored.key()), stored.key());
    assertEquals("image/png", stored.contentType());
    assertEquals(png.length, stored.size());
    assertEquals(sha256(png), stored.sha256());
    try (BlobContent content = store.get(stored.key())) {
      assertArrayEquals(png, content.stream().readAllBytes());
      assertEquals("image/png", content.contentType());
      assertEquals(png.length, content.totalSize());
      assertEquals(ByteSpan.whole(png.length), content.served());
      assertFalse(content.partial());
    }
  }

  @Test
  void keysAreGeneratedNeverTakenFromTheFileName() {
    UploadHints sneaky = UploadHints.of("text/plain", "../../etc/passwd");
    StoredBlob first = store.put(text("one\n"), sneaky);
    StoredBlob second = store.put(text("one\n"), sneaky);
    assertTrue(BlobKeys.isValid(first.key()), first.key());
    assertFalse(first.key().contains("passwd"), first.key());
    assertNotEquals(first.key(), second.key());
    assertEquals(first.sha256(), second.sha256());
  }

  /**
   * 30 MB streamed through without being held: when 28 MB have been read, what is still reachable
   * on the heap has grown by far less than that.
   */
  @Test
  void largeContentIsStreamedNotBuffered() throws Exception {
    long size = 30 * MIB;
    byte[] header = Samples.pdf();
    long baseline = retainedHeap();
    AtomicLong atMark = new AtomicLong();
    StoredBlob stored =
        store.put(
            new GeneratedContent(header, size, 28 * MIB, () -> atMark.set(retainedHeap())),
            UploadHints.of("application/octet-stream", "big.bin"));

    long growth = atMark.get() - baseline;
    assertTrue(growth < 20 * MIB, "heap grew by " + growth / MIB + " MiB while streaming 30 MiB");
    assertEquals("application/pdf", stored.contentType());
    assertEquals(size, stored.size());
    String expected = sha256(new GeneratedContent(header, size));
    assertEquals(expected, stored.sha256());
    try (BlobContent content = store.get(stored.key())) {
      assertEquals(size, content.totalSize());
      assertEquals(expected, sha256(content.stream()));
    }
  }

  @Test
  void rangesServeTheBytesAsked() throws Exception {
    byte[] bytes = Samples.text("0123456789".repeat(100));
    String key = store.put(new ByteArrayInputStream(bytes), UploadHints.NONE).key();

    assertRange(key, ByteRange.of(10, 19), "0123456789", new ByteSpan(10, 10));
    assertRange(key, ByteRange.of(995, 5000), "56789", new ByteSpan(995, 5));
    assertRange(key, ByteRange.from(997), "789", new ByteSpan(997, 3));
    assertRange(key, ByteRange.last(4), "6789", new ByteSpan(996, 4));
    try (BlobContent whole = store.get(key, Optional.of(ByteRange.last(5000)))) {
      assertFalse(whole.partial());
      assertArrayEquals(bytes, whole.stream().readAllBytes());
    }
    for (ByteRange outside :
        List.of(ByteRange.from(1000), ByteRange.of(1000, 1010), ByteRange.last(0))) {
      BlobRefusedException e =
          assertProblem(Reason.RANGE_NOT_SATISFIABLE, () -> store.get(key, Optional.of(outside)));
      assertEquals(1000, e.size());
    }
  }

  @Test
  void theDetectedTypeWinsOverTheDeclaredOne() throws Exception {
    StoredBlob stored = store.put(text("not a picture\n"), UploadHints.of("image/png", "cat.png"));
    assertEquals("text/plain", stored.contentType());
    try (BlobContent content = store.get(stored.key())) {
      assertEquals("text/plain", content.contentType());
    }
  }

  @Test
  void executablesAndDisguisedHtmlAreRefused() throws Exception {
    for (byte[] bytes : List.of(Samples.elf(), Samples.windowsExecutable(), Samples.html())) {
      BlobRefusedException e =
          assertProblem(
              Reason.TYPE_NOT_ACCEPTED,
              () ->
                  store.put(new ByteArrayInputStream(bytes), UploadHints.of("image/png", "a.png")));
      assertEquals("blob.type-refused", e.messageKey());
    }
    assertEquals(List.of(), leftovers());
  }

  @Test
  void oversizedUploadsAreRefusedAndLeaveNothing() throws Exception {
    // small: over the limit within the first bytes read
    BlobStore tiny = store(BlobPolicy.of(List.of("text/plain"), 1000));
    assertTooLarge(() -> tiny.put(text("x".repeat(1001)), UploadHints.NONE), 1000);
    // large: over the limit after more than one S3 part (5 MiB) has gone out
    long limit = 7 * MIB;
    BlobStore medium = store(BlobPolicy.of(List.of("application/pdf"), limit));
    assertTooLarge(
        () -> medium.put(new GeneratedContent(Samples.pdf(), 12 * MIB), UploadHints.NONE), limit);
    assertEquals(List.of(), leftovers());

    // exactly at the limit is fine
    StoredBlob atLimit = tiny.put(text("x".repeat(1000)), UploadHints.NONE);
    assertEquals(1000, atLimit.size());
    List<String> kept = leftovers();
    assertFalse(kept.isEmpty());
    assertTrue(kept.stream().allMatch(s -> s.contains(atLimit.key())), kept.toString());
  }

  /** E.g. the request's own size filter answering 413 from inside the stream, mid-upload. */
  @Test
  void aFailingClientStreamFailsThePutAsItIsAndLeavesNothing() throws Exception {
    RuntimeException cutOff = new ApiException(ProblemKind.BODY_TOO_LARGE, null, 6 * MIB);
    InputStream failing =
        new GeneratedContent(
            Samples.pdf(),
            10 * MIB,
            6 * MIB,
            () -> {
              throw cutOff;
            });
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> store.put(failing, UploadHints.NONE));
    assertSame(cutOff, e);
    assertEquals(List.of(), leftovers());
  }

  @Test
  void deleteIsIdempotent() {
    String key = store.put(text("to be deleted\n"), UploadHints.NONE).key();
    store.delete(key);
    store.delete(key);
    assertProblem(Reason.NOT_FOUND, () -> store.get(key));
  }

  @Test
  void unknownKeysAreNotFound() {
    BlobRefusedException e =
        assertProblem(
            Reason.NOT_FOUND, () -> store.get("2025/03/09/0f8fad5b-d9cb-469f-a165-70867728950e"));
    assertEquals("blob.not-found", e.messageKey());
  }

  @Test
  void keysNotOfTheGeneratedFormatAreRejected() {
    String stored = store.put(text("secret\n"), UploadHints.NONE).key();
    List<Function<String, Object>> uses =
        List.of(
            store::get,
            key -> {
              store.delete(key);
              return null;
            },
            key -> store.downloadUrl(key, Duration.ofMinutes(1)));
    for (String bad : TraversalKeys.ALL) {
      for (Function<String, Object> use : uses) {
        BlobRefusedException e = assertProblem(Reason.INVALID_KEY, () -> use.apply(bad));
        assertEquals("blob.invalid-key", e.messageKey(), bad);
      }
    }
    // nor does a stored key with something appended or prepended reach it
    assertProblem(Reason.INVALID_KEY, () -> store.get(stored + "/../" + stored));
    assertProblem(Reason.INVALID_KEY, () -> store.get("./" + stored));
    store.get(stored).close();
  }

  @Test
  void downloadUrlsServeTheContentWithAPlainGet() throws Exception {
    byte[] bytes = Samples.text("download me\n");
    String key = store.put(new ByteArrayInputStream(bytes), UploadHints.NONE).key();
    Optional<URI> url = store.downloadUrl(key, Duration.ofMinutes(5));
    if (!offersDownloadUrls()) {
      assertEquals(Optional.empty(), url);
      return;
    }
    HttpResponse<byte[]> response = httpGet(url.orElseThrow());
    assertEquals(200, response.statusCode());
    assertArrayEquals(bytes, response.body());
  }

  @Test
  void downloadUrlsStopWorkingAfterTheirExpiry() throws Exception {
    assumeTrue(offersDownloadUrls(), "this adapter has no download URLs");
    String key = store.put(text("short-lived\n"), UploadHints.NONE).key();
    URI url = store.downloadUrl(key, Duration.ofSeconds(1)).orElseThrow();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> httpGet(url).statusCode() == 403);
    assertThrows(IllegalArgumentException.class, () -> store.downloadUrl(key, Duration.ofDays(8)));
  }

  @Test
  void readinessSaysWhatWasChecked() {
    assertFalse(store.readiness().isBlank());
  }

  private void assertRange(String key, ByteRange range, String expected, ByteSpan served)
      throws IOException {
    try (BlobContent content = store.get(key, Optional.of(range))) {
      assertEquals(expected, new String(content.stream().readAllBytes()), range.toString());
      assertEquals(served, content.served(), range.toString());
      assertEquals(1000, content.totalSize());
      assertTrue(content.partial());
      assertEquals("text/plain", content.contentType());
    }
  }

  private static void assertTooLarge(Executable put, long limit) {
    BlobRefusedException e = assertProblem(Reason.TOO_LARGE, put);
    assertEquals("blob.too-large", e.messageKey());
    assertEquals(limit, e.messageArgs()[0]);
  }

  static BlobRefusedException assertProblem(Reason reason, Executable action) {
    BlobRefusedException e = assertThrows(BlobRefusedException.class, action);
    assertEquals(reason, e.reason(), e.getMessage());
    return e;
  }

  static InputStream text(String s) {
    return new ByteArrayInputStream(Samples.text(s));
  }

  static HttpResponse<byte[]> httpGet(URI url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String sha256(byte[] bytes) throws Exception {
    return sha256(new ByteArrayInputStream(bytes));
  }

  static String sha256(InputStream in) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      in.transferTo(sink);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Heap still reachable after a full collection (System.gc is one with the default G1). */
  static long retainedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
