package io.ticketknowledge.ticket.automation.entity;

/**
 * Why a trigger is evaluated: an event ({@code key} its id, {@code what} its type) or the time-rule
 * job ({@code key} null: the instant the ticket's status began makes it), who caused it, and the
 * depth the trigger's own changes get in the causal chain.
 */
public record Cause(String key, String what, String actorId, int depth) {

  public static Cause time() {
    return new Cause(null, "time", "system", 1);
  }

  public boolean timed() {
    return key == null;
  }
}
