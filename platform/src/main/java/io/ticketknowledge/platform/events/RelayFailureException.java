package io.ticketknowledge.platform.events;

/** The transport did not take every event of a relay batch; the relay backs off and retries. */
public class RelayFailureException extends RuntimeException {

  public RelayFailureException(String message) {
    super(message);
  }
}
