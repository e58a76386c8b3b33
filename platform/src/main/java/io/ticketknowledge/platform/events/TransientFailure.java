package io.ticketknowledge.platform.events;

/**
 * Marks an exception of a port as a passing fault of its backing service (unreachable, timed out,
 * failing over): a consumer that meets it waits and tries again instead of dead-lettering the
 * event. Ports' own exceptions implement it (e.g. search unavailable, cache unavailable).
 */
public interface TransientFailure {}
