package io.ticketknowledge.platform.scan;

import io.ticketknowledge.platform.events.TransientFailure;
import io.ticketknowledge.platform.ports.PortException;

/**
 * The scanner did not answer in time, refused the connection, or answered with an error: nothing is
 * known about the content. Under the default policy the upload is refused (503).
 */
public class ScannerUnavailableException extends PortException implements TransientFailure {

  public ScannerUnavailableException(String message, Throwable cause) {
    super(message, cause, "scan.unavailable");
  }
}
