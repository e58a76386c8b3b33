package io.ticketknowledge.platform.cache;

/**
 * The cache's backing service did not answer in time. Callers decide whether to carry on without
 * the cache (a look-up, a rate limit) or to fail.
 */
public class CacheUnavailableException extends RuntimeException {

  public CacheUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
