package io.ticketknowledge.platform.scan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code tk.scan.adapter=eicar-test} (the embedded profile): NOT a virus scanner. It knows exactly
 * one pattern, the EICAR anti-virus test file, so the refusal path (422, nothing stored, audited)
 * can be tried without clamd; for every other file it says {@link ScanOutcome#NOT_SCANNED}, never
 * clean.
 */
final class EicarTestScanner implements MalwareScanner {

  /** The signature name clamd's official database gives the EICAR test file. */
  static final String SIGNATURE = "Eicar-Test-Signature";

  // assembled from two halves so this class file is not itself reported by a scanner
  private static final byte[] EICAR =
      ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*")
          .getBytes(StandardCharsets.US_ASCII);

  private final long maxBytes;

  EicarTestScanner(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public ScanVerdict scan(InputStream content) {
    ScanInput input = new ScanInput(content, maxBytes);
    // a window that keeps the last EICAR.length - 1 bytes of the previous read, so a match across
    // two reads is found too
    int keep = EICAR.length - 1;
    byte[] window = new byte[keep + 64 * 1024];
    int kept = 0;
    boolean found = false;
    byte[] buffer = new byte[64 * 1024];
    for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
      System.arraycopy(buffer, 0, window, kept, n);
      int length = kept + n;
      found = found || contains(window, length);
      kept = Math.min(keep, length);
      System.arraycopy(window, length - kept, window, 0, kept);
    }
    return found ? ScanVerdict.infected(name(), SIGNATURE) : ScanVerdict.notScanned(name());
  }

  private static boolean contains(byte[] data, int length) {
    for (int i = 0; i + EICAR.length <= length; i++) {
      if (data[i] == EICAR[0] && Arrays.equals(data, i, i + EICAR.length, EICAR, 0, EICAR.length)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String name() {
    return ScanSettings.EICAR_TEST;
  }
}
