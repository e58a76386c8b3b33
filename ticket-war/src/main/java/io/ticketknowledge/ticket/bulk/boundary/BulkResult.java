package io.ticketknowledge.ticket.bulk.boundary;

import io.ticketknowledge.platform.problems.Problem;
import java.util.List;

/**
 * The outcome per ticket, in the order asked: {@code status} 200 (changed, {@code version} is the
 * new ETag) or the problem that refused it: 403, 404, 409, 412 (changed meanwhile) or 422 (the
 * change does not fit this ticket, e.g. a status move without the reason it needs).
 */
public record BulkResult(int requested, int succeeded, int failed, List<TicketResult> results) {

  public record TicketResult(long ticketId, int status, Long version, Problem problem) {}

  public static BulkResult of(List<TicketResult> results) {
    int ok = (int) results.stream().filter(r -> r.status() == 200).count();
    return new BulkResult(results.size(), ok, results.size() - ok, results);
  }
}
