package io.ticketknowledge.ticket.links.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.links.entity.LinkType;
import io.ticketknowledge.ticket.links.entity.TicketLink;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What a new link must not do, decided on the stored (canonical) link and the links that exist:
 *
 * <ul>
 *   <li>link a ticket to itself (400);
 *   <li>repeat a link the pair already has, in either direction (409);
 *   <li>give a ticket a second parent or a second original (409);
 *   <li>close a cycle of parent/child or duplicate-of links (409), e.g. A parent of B parent of A.
 * </ul>
 */
public final class LinkRules {

  /** Longest chain followed when looking for a cycle; deeper chains are refused as cycles. */
  static final int MAX_DEPTH = 1000;

  private LinkRules() {}

  /**
   * @param existingOfPair the links already between the two tickets (any type, any direction)
   * @param incomingOfTarget the stored links of the same type pointing at the new link's target
   * @param next for a directed type: the targets of the stored links of that type from a ticket
   * @throws ApiException when the link is refused
   */
  public static void check(
      TicketLink link,
      Collection<TicketLink> existingOfPair,
      Collection<TicketLink> incomingOfTarget,
      Function<Long, Collection<Long>> next) {
    if (link.sourceId() == link.targetId()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.link-self");
    }
    for (TicketLink existing : existingOfPair) {
      if (existing.type() == link.type()
          && (link.type() == LinkType.RELATED || existing.sourceId() == link.sourceId())) {
        throw new ApiException(ProblemKind.CONFLICT, "ticket.link-exists");
      }
    }
    if (link.type() == LinkType.PARENT_OF && !incomingOfTarget.isEmpty()) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.link-one-parent");
    }
    if (link.type() == LinkType.DUPLICATE_OF
        && outgoing(link.sourceId(), next).stream().anyMatch(t -> t != link.targetId())) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.link-one-original");
    }
    if (link.type().directed() && reaches(link.targetId(), link.sourceId(), next)) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.link-cycle");
    }
  }

  private static Collection<Long> outgoing(long id, Function<Long, Collection<Long>> next) {
    return next.apply(id);
  }

  /** Whether following the links from {@code start} leads to {@code goal}. */
  static boolean reaches(long start, long goal, Function<Long, Collection<Long>> next) {
    Set<Long> seen = new HashSet<>();
    Deque<Long> open = new ArrayDeque<>();
    open.add(start);
    while (!open.isEmpty()) {
      long current = open.poll();
      if (current == goal) {
        return true;
      }
      if (!seen.add(current)) {
        continue;
      }
      if (seen.size() > MAX_DEPTH) {
        return true; // refuse rather than walk an unbounded graph
      }
      open.addAll(next.apply(current));
    }
    return false;
  }
}
