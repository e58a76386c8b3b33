package io.ticketknowledge.platform.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.audit.AuditObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening every upload path goes through: only what the scanner let through comes back, byte
 * for byte; an infected upload, one too large, or one met by a scanner that is down (under the
 * default policy) leaves no temporary file behind.
 */
class UploadScreeningTest {

  @TempDir Path spool;

  private static final AuditObject TICKET = AuditObject.of("ticket", 7);

  /** A scanner that reads {@code upTo} bytes and then fails as an unreachable clamd would. */
  static MalwareScanner failingAfter(int upTo) {
    return new MalwareScanner() {
      @Override
      public ScanVerdict scan(InputStream content) {
        try {
          content.readNBytes(upTo);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
        throw new ScannerUnavailableException("clamd at 127.0.0.1:1: refused", null);
      }

      @Override
      public String name() {
        return "clamav";
      }
    };
  }

  UploadScreening screening(MalwareScanner scanner, ScanSettings.WhenUnavailable policy) {
    return new UploadScreening(scanner, policy, spool);
  }

  @Test
  void aLetThroughUploadComesBackWholeAndItsCopyGoesWhenClosed() throws IOException {
    byte[] content = new byte[300_000];
    Arrays.fill(content, (byte) 'z');
    try (ScreenedUpload upload =
        screening(new EicarTestScanner(1_000_000), ScanSettings.WhenUnavailable.REJECT)
            .screen(new ByteArrayInputStream(content), TICKET, "a.txt")) {
      assertEquals(ScanOutcome.NOT_SCANNED, upload.verdict().outcome());
      assertEquals(content.length, upload.size());
      try (InputStream in = upload.open()) {
        assertArrayEquals(content, in.readAllBytes());
      }
      assertEquals(1, files().size());
    }
    assertEquals(List.of(), files());
  }

  @Test
  void anInfectedUploadIsRefusedNamingItsSignatureAndNothingStays() throws IOException {
    MalwareFoundException e =
        assertThrows(
            MalwareFoundException.class,
            () ->
                screening(new EicarTestScanner(1_000_000), ScanSettings.WhenUnavailable.REJECT)
                    .screen(
                        new ByteArrayInputStream(MalwareScannerContract.EICAR), TICKET, "e.com"));
    assertEquals(EicarTestScanner.SIGNATURE, e.signature());
    assertEquals("scan.infected", e.messageKey());
    assertEquals(List.of(), files());
  }

  @Test
  void anUploadTooLargeToScanIsRefusedAndNothingStays() throws IOException {
    assertThrows(
        ScanTooLargeException.class,
        () ->
            screening(new NoScanner(10), ScanSettings.WhenUnavailable.ACCEPT_UNSCANNED)
                .screen(new ByteArrayInputStream(new byte[11]), TICKET, "big.bin"));
    assertEquals(List.of(), files());
  }

  @Test
  void aScannerDownRefusesTheUploadByDefault() throws IOException {
    assertThrows(
        ScannerUnavailableException.class,
        () ->
            screening(failingAfter(1000), ScanSettings.WhenUnavailable.REJECT)
                .screen(new ByteArrayInputStream(new byte[5000]), TICKET, "a.txt"));
    assertEquals(List.of(), files());
  }

  @Test
  void underAcceptUnscannedTheWholeUploadIsKeptMarkedNotScanned() throws IOException {
    byte[] content = new byte[5000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    try (ScreenedUpload upload =
        screening(failingAfter(1000), ScanSettings.WhenUnavailable.ACCEPT_UNSCANNED)
            .screen(new ByteArrayInputStream(content), TICKET, "a.bin")) {
      assertEquals(ScanOutcome.NOT_SCANNED, upload.verdict().outcome());
      assertEquals("clamav", upload.verdict().scanner());
      try (InputStream in = upload.open()) {
        assertArrayEquals(content, in.readAllBytes());
      }
    }
  }

  @Test
  void theAdapterIsChosenByConfigurationAndAnUnknownOneIsAnError() {
    assertEquals("none", ScanAdapters.open(settings("none")).name());
    assertEquals("eicar-test", ScanAdapters.open(settings("eicar-test")).name());
    assertEquals("clamav", ScanAdapters.open(settings("clamav")).name());
    assertThrows(IllegalStateException.class, () -> ScanAdapters.open(settings("clamv")));
    assertThrows(IllegalStateException.class, () -> ScanSettings.WhenUnavailable.of("accept"));
  }

  private static ScanSettings settings(String adapter) {
    return new ScanSettings(
        adapter,
        100,
        ScanSettings.WhenUnavailable.REJECT,
        new ClamAvSettings(
            "127.0.0.1", 3310, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    }
  }
}
