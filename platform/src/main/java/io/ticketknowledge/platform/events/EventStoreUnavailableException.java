package io.ticketknowledge.platform.events;

import io.ticketknowledge.platform.ports.PortException;

/** The module's event tables cannot be read or written now (the database is away). */
public class EventStoreUnavailableException extends PortException {

  public EventStoreUnavailableException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause, null);
  }
}
