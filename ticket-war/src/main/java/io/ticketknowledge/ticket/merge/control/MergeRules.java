package io.ticketknowledge.ticket.merge.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.function.Function;

/**
 * Which merges are refused, decided on the two tickets' ids and statuses and the merges that exist:
 *
 * <ul>
 *   <li>a ticket into itself (400);
 *   <li>a ticket that is closed or already merged (409);
 *   <li>into a ticket that was merged into the source, directly or along a chain (409, a cycle:
 *       merge A into B, then B into A);
 *   <li>into a ticket that is closed or merged elsewhere (409): its conversation would go nowhere.
 * </ul>
 */
public final class MergeRules {

  static final int MAX_CHAIN = 100;

  private MergeRules() {}

  /**
   * @param mergedInto the ticket a ticket was merged into, or null (by id)
   */
  public static void check(
      long sourceId,
      TicketStatus sourceStatus,
      long targetId,
      TicketStatus targetStatus,
      Function<Long, Long> mergedInto) {
    if (sourceId == targetId) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.merge-self");
    }
    if (sourceStatus == TicketStatus.CLOSED || mergedInto.apply(sourceId) != null) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.merge-source-closed", sourceId);
    }
    Long next = mergedInto.apply(targetId);
    for (int hops = 0; next != null && hops < MAX_CHAIN; hops++) {
      if (next == sourceId) {
        throw new ApiException(ProblemKind.CONFLICT, "ticket.merge-cycle");
      }
      next = mergedInto.apply(next);
    }
    if (targetStatus == TicketStatus.CLOSED || mergedInto.apply(targetId) != null) {
      throw new ApiException(ProblemKind.CONFLICT, "ticket.merge-target-closed", targetId);
    }
  }
}
