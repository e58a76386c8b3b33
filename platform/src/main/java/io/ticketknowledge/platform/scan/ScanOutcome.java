package io.ticketknowledge.platform.scan;

/** What a scan found. Lower-case names ({@code not-scanned}) are what the API shows. */
public enum ScanOutcome {
  /** A scanner read every byte and matched no signature. */
  CLEAN,
  /** A scanner matched a signature, named in the verdict. */
  INFECTED,
  /**
   * Nobody scanned the content for malware (scanning off, or accepted while the scanner was down).
   */
  NOT_SCANNED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
