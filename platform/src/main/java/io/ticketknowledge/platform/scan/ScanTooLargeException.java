package io.ticketknowledge.platform.scan;

import io.ticketknowledge.platform.ports.PortException;

/**
 * The content is longer than the scanner takes ({@code tk.scan.max-bytes}, or clamd's own {@code
 * StreamMaxLength}): it cannot be scanned, so it is not accepted (413).
 */
public class ScanTooLargeException extends PortException {

  private ScanTooLargeException(String message, String messageKey, Object... args) {
    super(message, null, messageKey, args);
  }

  /** Longer than {@code tk.scan.max-bytes}. */
  public static ScanTooLargeException over(long maxBytes) {
    return new ScanTooLargeException(
        "longer than tk.scan.max-bytes (" + maxBytes + ")", "scan.too-large", maxBytes);
  }

  /** Longer than the scanner's own limit (clamd's StreamMaxLength). */
  public static ScanTooLargeException overScannerLimit() {
    return new ScanTooLargeException(
        "longer than the scanner's own limit", "scan.too-large-for-scanner");
  }
}
