package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.ports.PortException;

/**
 * A query the index cannot answer as asked: an unknown field, a field of the wrong type, a page
 * size out of bounds, a cursor this port did not issue. The caller's fault (a 400 for a request).
 */
public class InvalidQueryException extends PortException {

  public InvalidQueryException(String messageKey, Object... args) {
    super(messageKey, null, messageKey, args);
  }
}
