package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.events.TransientFailure;
import io.ticketknowledge.platform.ports.PortException;

/**
 * The search service did not answer (unreachable, timed out, overloaded, restarting). A request
 * gets a 503; a consumer or the reindex job waits and tries again.
 */
public class SearchUnavailableException extends PortException implements TransientFailure {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause, null);
  }
}
