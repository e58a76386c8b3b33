package io.ticketknowledge.ticket.bulk.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.bulk.boundary.BulkChanges;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketTags;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One ticket of a bulk action, in its own transaction, through the same {@link TicketWorkflow}
 * change as a single PATCH: authorization, reserved fields, the transition table, history and
 * events all apply. The version checked is the one read in this transaction; a concurrent change
 * still fails on the row's version at commit (412).
 */
@ApplicationScoped
public class BulkStep {

  @Inject TicketQueries queries;
  @Inject TicketWorkflow workflow;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Ticket apply(long ticketId, BulkChanges changes, CurrentUser user) {
    Ticket ticket = queries.visible(ticketId, user);
    return workflow.change(
        ticketId, patchFor(ticket.tags(), changes), "\"" + ticket.version() + "\"", user);
  }

  /** The single-ticket patch a bulk change means for a ticket with {@code currentTags}. */
  static TicketChanges patchFor(List<String> currentTags, BulkChanges changes) {
    List<String> tags = null;
    boolean addsOrRemoves =
        (changes.addTags() != null && !changes.addTags().isEmpty())
            || (changes.removeTags() != null && !changes.removeTags().isEmpty());
    if (addsOrRemoves) {
      Set<String> result = new TreeSet<>(currentTags);
      if (changes.addTags() != null) {
        result.addAll(TicketTags.normalized(changes.addTags()));
      }
      if (changes.removeTags() != null) {
        result.removeAll(TicketTags.normalized(changes.removeTags()));
      }
      tags = new ArrayList<>(result);
    }
    return new TicketChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        changes.priority(),
        null,
        changes.groupId(),
        changes.assigneeId(),
        changes.status(),
        changes.pendingReason(),
        changes.resolution(),
        tags,
        null);
  }
}
