package io.ticketknowledge.platform.events;

/** A message that is not an event envelope: it goes to the dead letters without retries. */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }
}
