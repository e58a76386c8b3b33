package io.ticketknowledge.platform.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan contract on the ClamAV adapter against the real clamd of {@code TK_SCAN_CLAMAV_HOST} /
 * {@code TK_SCAN_CLAMAV_PORT} (scripts/services/up.sh starts it with the repo's test signatures,
 * scripts/services/clamav/tk-test.ndb). Without it the suite fails: it never skips. Then what only
 * a network scanner does: clamd's own size limit, clamd down, clamd silent.
 */
class ClamAvScannerContractIT extends MalwareScannerContract {

  private static String host;
  private static int port;

  @BeforeAll
  static void clamd() {
    String configuredPort = System.getenv("TK_SCAN_CLAMAV_PORT");
    if (configuredPort == null || configuredPort.isBlank()) {
      fail(
          "TK_SCAN_CLAMAV_PORT is not set: the ClamAV contract suite needs a real clamd."
              + " Start it (scripts/services/up.sh --only clamav) and `. .services/env` first.");
    }
    String configuredHost = System.getenv("TK_SCAN_CLAMAV_HOST");
    host = configuredHost == null || configuredHost.isBlank() ? "127.0.0.1" : configuredHost;
    port = Integer.parseInt(configuredPort.trim());
  }

  private static ClamAvSettings settings(int port, Duration timeout) {
    return new ClamAvSettings(host, port, Duration.ofSeconds(2), timeout);
  }

  @Override
  MalwareScanner scanner(long maxBytes) {
    return new ClamAvScanner(settings(port, Duration.ofSeconds(30)), maxBytes);
  }

  @Override
  ScanOutcome harmless() {
    return ScanOutcome.CLEAN;
  }

  @Override
  String eicarSignature() {
    return "Tk.Test.Eicar.UNOFFICIAL"; // clamd marks signatures of unsigned databases UNOFFICIAL
  }

  @Test
  void clamdAnswersPing() {
    assertTrue(((ClamAvScanner) scanner(MAX_BYTES)).ping());
  }

  @Test
  void ourOwnTestSignatureIsFoundInsideAnOtherwiseHarmlessFile() {
    ScanVerdict verdict =
        scan("report\nTK-SCAN-TEST-SIGNATURE\nend".getBytes(StandardCharsets.US_ASCII));
    assertEquals("Tk.Test.Marker.UNOFFICIAL", verdict.signature().orElseThrow());
  }

  @Test
  void aStreamOverClamdsOwnLimitIsRefusedAsTooLarge() {
    // the test clamd takes 32 MiB (StreamMaxLength in clamav/clamd.conf.in); this adapter more
    long overClamd = 33L * 1024 * 1024;
    MalwareScanner generous = new ClamAvScanner(settings(port, Duration.ofSeconds(30)), 1L << 30);
    ScanTooLargeException e =
        assertThrows(ScanTooLargeException.class, () -> generous.scan(zeros(overClamd)));
    assertEquals("scan.too-large-for-scanner", e.messageKey());
  }

  @Test
  void clamdDownIsUnavailableNotClean() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    MalwareScanner down = new ClamAvScanner(settings(closedPort, Duration.ofSeconds(2)), MAX_BYTES);
    ScannerUnavailableException e =
        assertThrows(
            ScannerUnavailableException.class,
            () -> down.scan(new ByteArrayInputStream("x".getBytes(StandardCharsets.US_ASCII))));
    assertTrue(e.getMessage().contains(":" + closedPort), e.getMessage());
    assertEquals("scan.unavailable", e.messageKey());
    assertFalse(((ClamAvScanner) down).ping());
  }

  @Test
  void aClamdThatNeverAnswersTimesOut() throws Exception {
    List<Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept()); // reads nothing, answers nothing
                  }
                } catch (java.io.IOException closed) {
                  // test over
                }
              });
      acceptor.start();
      MalwareScanner mute =
          new ClamAvScanner(settings(silent.getLocalPort(), Duration.ofMillis(300)), MAX_BYTES);
      long start = System.nanoTime();
      ScannerUnavailableException e =
          assertThrows(
              ScannerUnavailableException.class,
              () -> mute.scan(new ByteArrayInputStream(new byte[10])));
      assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
      silent.close();
      acceptor.join(2000);
    } finally {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  @Test
  void aClamdThatStopsReadingMidStreamTimesOutToo() throws Exception {
    List<Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket stalled = new ServerSocket(0)) {
      stalled.setReceiveBufferSize(4096);
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(stalled.accept()); // never reads: the sender's buffers fill up
                  }
                } catch (java.io.IOException closed) {
                  // test over
                }
              });
      acceptor.start();
      MalwareScanner scanner =
          new ClamAvScanner(settings(stalled.getLocalPort(), Duration.ofMillis(300)), 1L << 30);
      long start = System.nanoTime();
      assertThrows(ScannerUnavailableException.class, () -> scanner.scan(zeros(64L << 20)));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
      scanner.close();
      stalled.close();
      acceptor.join(2000);
    } finally {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  private static InputStream zeros(long length) {
    return new InputStream() {
      private long left = length;

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
