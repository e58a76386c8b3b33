package io.ticketknowledge.platform.scan;

import java.time.Duration;

/**
 * Where clamd listens and how long {@link ClamAvScanner} waits for it.
 *
 * @param connectTimeout longest wait for the TCP connection
 * @param timeout longest wait for any one read or write on it, including clamd's verdict after the
 *     last chunk (clamd scans only once the stream is complete)
 */
public record ClamAvSettings(String host, int port, Duration connectTimeout, Duration timeout) {

  public ClamAvSettings {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("tk.scan.clamav.port must be 1-65535, was " + port);
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || timeout.isNegative()
        || timeout.isZero()) {
      throw new IllegalArgumentException("clamd timeouts must be positive");
    }
  }
}
