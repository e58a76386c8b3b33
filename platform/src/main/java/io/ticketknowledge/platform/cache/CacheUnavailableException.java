package io.ticketknowledge.platform.cache;

import io.ticketknowledge.platform.events.TransientFailure;

/**
 * The cache's backing service did not answer in time. Callers decide whether to carry on without
 * the cache (a look-up, a rate limit) or to fail; a consumer waits and tries again.
 */
public class CacheUnavailableException extends RuntimeException implements TransientFailure {

  public CacheUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
