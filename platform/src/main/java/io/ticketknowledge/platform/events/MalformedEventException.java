package io.ticketknowledge.platform.events;

/**
 * A message that is not an event envelope, or an envelope whose payload a consumer can never use:
 * it goes to the dead letters without retries.
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }
}
