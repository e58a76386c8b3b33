package io.ticketknowledge.platform.scan;

import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * What {@link ScanAdapters} needs to open the configured scanner; the keys and their defaults are
 * in the platform's microprofile-config.properties and docs/ports/scan.md.
 *
 * @param maxBytes longest stream a scan reads; longer ones are refused ({@link
 *     ScanTooLargeException})
 * @param whenUnavailable what an upload gets while the scanner is down
 */
public record ScanSettings(
    String adapter, long maxBytes, WhenUnavailable whenUnavailable, ClamAvSettings clamav) {

  public static final String CLAMAV = "clamav";
  public static final String EICAR_TEST = "eicar-test";
  public static final String NONE = "none";

  /** The policy of {@code tk.scan.when-unavailable}. */
  public enum WhenUnavailable {
    /** Refuse the upload with a 503: nothing unscanned is ever stored (the default). */
    REJECT,
    /** Store it marked {@code not-scanned}, and log a warning. */
    ACCEPT_UNSCANNED;

    static WhenUnavailable of(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "reject" -> REJECT;
        case "accept-unscanned" -> ACCEPT_UNSCANNED;
        default ->
            throw new IllegalStateException(
                "tk.scan.when-unavailable must be reject or accept-unscanned, was '" + value + "'");
      };
    }
  }

  public ScanSettings {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("tk.scan.max-bytes must be positive, was " + maxBytes);
    }
  }

  public static ScanSettings from(Config config) {
    return new ScanSettings(
        config.getValue("tk.scan.adapter", String.class).trim(),
        config.getValue("tk.scan.max-bytes", Long.class),
        WhenUnavailable.of(config.getValue("tk.scan.when-unavailable", String.class)),
        new ClamAvSettings(
            config.getValue("tk.scan.clamav.host", String.class).trim(),
            config.getValue("tk.scan.clamav.port", Integer.class),
            Duration.ofMillis(config.getValue("tk.scan.clamav.connect-timeout-ms", Long.class)),
            Duration.ofMillis(config.getValue("tk.scan.clamav.timeout-ms", Long.class))));
  }
}
