package io.ticketknowledge.platform.events;

/** How a consumer treats a failure to apply an event. */
public enum Fault {
  /**
   * A backing service is away for a while: retry with backoff, without limit, never a dead letter.
   */
  TRANSIENT,
  /** The event itself can never be applied (malformed, invalid): a dead letter at once. */
  POISON,
  /** Neither is known: a few retries, then a dead letter. */
  UNKNOWN
}
