package io.ticketknowledge.platform.scan;

import java.util.Objects;
import java.util.Optional;

/**
 * A scan's result: the outcome, the signature that matched (only when infected) and which adapter
 * gave it.
 */
public record ScanVerdict(ScanOutcome outcome, Optional<String> signature, String scanner) {

  public ScanVerdict {
    Objects.requireNonNull(outcome);
    signature = signature == null ? Optional.empty() : signature;
    if ((outcome == ScanOutcome.INFECTED) != signature.isPresent()) {
      throw new IllegalArgumentException(
          "a signature goes with an infected verdict, and only then");
    }
  }

  public static ScanVerdict clean(String scanner) {
    return new ScanVerdict(ScanOutcome.CLEAN, Optional.empty(), scanner);
  }

  public static ScanVerdict infected(String scanner, String signature) {
    return new ScanVerdict(ScanOutcome.INFECTED, Optional.of(signature), scanner);
  }

  public static ScanVerdict notScanned(String scanner) {
    return new ScanVerdict(ScanOutcome.NOT_SCANNED, Optional.empty(), scanner);
  }

  public boolean infected() {
    return outcome == ScanOutcome.INFECTED;
  }
}
