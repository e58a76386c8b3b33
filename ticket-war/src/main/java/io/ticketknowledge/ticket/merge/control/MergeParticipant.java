package io.ticketknowledge.ticket.merge.control;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.tickets.entity.Ticket;

/**
 * What another feature moves when a ticket is merged into another, called inside the merge's
 * transaction after the conversation moved and before the source is closed. A CDI bean implementing
 * it is found by itself: e.g. the attachments feature moves the source's ticket-level attachments
 * to the target in one call ({@code UPDATE … SET ticket_id = target WHERE ticket_id = source});
 * attachments on comments move with their comments already. Throwing an {@code ApiException}
 * refuses the whole merge.
 */
public interface MergeParticipant {

  /** Moves this feature's data of {@code source} to {@code target}. */
  void merged(Ticket source, Ticket target, CurrentUser actor);
}
