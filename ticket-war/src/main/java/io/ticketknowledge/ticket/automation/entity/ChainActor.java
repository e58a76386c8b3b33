package io.ticketknowledge.ticket.automation.entity;

import java.util.Optional;

/**
 * The actor id a trigger acts as: {@code trigger:<id>:<depth>}. It travels in the history and in
 * the envelope of every event the trigger's actions cause, which is how the next evaluation knows
 * which trigger made the change and how long the causal chain is (loop protection).
 */
public record ChainActor(long triggerId, int depth) {

  public static final String PREFIX = "trigger:";

  /** The auto-assigner's actor id (its changes wake triggers as SYSTEM, at depth 0). */
  public static final String AUTO_ASSIGN = "auto-assign";

  public String actorId() {
    return PREFIX + triggerId + ":" + depth;
  }

  /** The chain link of an event's actor; empty for people and jobs. */
  public static Optional<ChainActor> parse(String actorId) {
    if (actorId == null || !actorId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = actorId.substring(PREFIX.length()).split(":");
    try {
      return Optional.of(
          new ChainActor(
              Long.parseLong(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether trigger {@code triggerId} may run on an event caused by {@code cause}: never on its own
   * change, and nothing runs once the chain is {@code maxDepth} triggers long.
   */
  public static boolean mayRun(long triggerId, Optional<ChainActor> cause, int maxDepth) {
    return cause.map(c -> c.triggerId() != triggerId && c.depth() < maxDepth).orElse(true);
  }

  /** The depth the next trigger's changes get. */
  public static int nextDepth(Optional<ChainActor> cause) {
    return cause.map(c -> c.depth() + 1).orElse(1);
  }
}
