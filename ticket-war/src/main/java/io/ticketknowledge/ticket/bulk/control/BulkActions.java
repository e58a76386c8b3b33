package io.ticketknowledge.ticket.bulk.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.bulk.boundary.BulkRequest;
import io.ticketknowledge.ticket.tickets.control.TicketFilter;
import io.ticketknowledge.ticket.tickets.control.TicketLists;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk actions: the request is checked as a whole (one selection, at most {@code
 * tk.tickets.bulk.max-tickets} tickets, some change), then each ticket is changed by {@link
 * BulkStep} in a transaction of its own; one ticket's refusal neither stops nor undoes the others.
 * Deliberately no transaction here.
 */
@ApplicationScoped
public class BulkActions {

  @Inject BulkStep step;
  @Inject TicketLists lists;

  @Inject
  @ConfigProperty(name = "tk.tickets.bulk.max-tickets", defaultValue = "100")
  int maxTickets;

  /** A ticket's outcome: the changed ticket, or what refused it. */
  public record Outcome(long ticketId, Ticket ticket, RuntimeException refusal) {}

  /** The tickets named, in order, without repeats; 400 for a bad selection. */
  public List<Long> selection(BulkRequest request, CurrentUser user) {
    boolean byIds = request.ticketIds() != null;
    boolean byFilter = request.filter() != null;
    if (byIds == byFilter) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.bulk.select-one");
    }
    if (request.changes().isEmpty()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.bulk.no-changes");
    }
    List<Long> ids;
    if (byIds) {
      ids = new ArrayList<>(new LinkedHashSet<>(request.ticketIds()));
    } else {
      TicketFilter filter = TicketFilter.parse(parameters(request.filter()));
      ids = lists.ids(user, filter, maxTickets + 1);
    }
    if (ids.size() > maxTickets) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.bulk.too-many", maxTickets);
    }
    return ids;
  }

  public List<Outcome> apply(List<Long> ids, BulkRequest request, CurrentUser user) {
    List<Outcome> outcomes = new ArrayList<>(ids.size());
    for (long id : ids) {
      try {
        outcomes.add(new Outcome(id, step.apply(id, request.changes(), user), null));
      } catch (RuntimeException refused) {
        outcomes.add(new Outcome(id, null, refused));
      }
    }
    return outcomes;
  }

  private static Map<String, List<String>> parameters(Map<String, String> filter) {
    Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> e : filter.entrySet()) {
      if (TicketFilter.PAGING.contains(e.getKey())) {
        throw new ApiException(
            ProblemKind.BAD_REQUEST,
            "ticket.filter.unknown-field",
            e.getKey(),
            String.join(", ", TicketFilter.FIELDS));
      }
      parameters.put(e.getKey(), List.of(e.getValue()));
    }
    return parameters;
  }
}
