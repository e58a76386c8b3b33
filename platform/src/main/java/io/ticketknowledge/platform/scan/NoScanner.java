package io.ticketknowledge.platform.scan;

/**
 * {@code tk.scan.adapter=none}: scanning off. Reads the content (so the size limit holds as with
 * any adapter) and says {@link ScanOutcome#NOT_SCANNED} — never clean, since nobody looked.
 */
final class NoScanner implements MalwareScanner {

  private final long maxBytes;

  NoScanner(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public ScanVerdict scan(java.io.InputStream content) {
    ScanInput input = new ScanInput(content, maxBytes);
    byte[] buffer = new byte[64 * 1024];
    while (input.read(buffer) >= 0) {
      // discarded: only the size counts
    }
    return ScanVerdict.notScanned(name());
  }

  @Override
  public String name() {
    return ScanSettings.NONE;
  }
}
