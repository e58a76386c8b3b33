package io.ticketknowledge.ticket.tickets.control;

import static io.ticketknowledge.ticket.tickets.entity.TicketRole.AGENT;
import static io.ticketknowledge.ticket.tickets.entity.TicketRole.REQUESTER;
import static io.ticketknowledge.ticket.tickets.entity.TicketRole.SYSTEM;
import static io.ticketknowledge.ticket.tickets.entity.TicketStatus.CLOSED;
import static io.ticketknowledge.ticket.tickets.entity.TicketStatus.NEW;
import static io.ticketknowledge.ticket.tickets.entity.TicketStatus.OPEN;
import static io.ticketknowledge.ticket.tickets.entity.TicketStatus.PENDING;
import static io.ticketknowledge.ticket.tickets.entity.TicketStatus.RESOLVED;

import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * THE table of the ticket workflow: every allowed move and who may make it. Anything not listed is
 * refused (409 with the allowed moves named). The server checks every status change against it;
 * {@code TicketTransitionsTest} checks every status × status × role.
 */
public final class TicketTransitions {

  /** One allowed move. */
  public record Transition(TicketStatus from, TicketStatus to, Set<TicketRole> by) {}

  public static final List<Transition> TABLE =
      List.of(
          move(NEW, OPEN, AGENT), // an agent takes it up
          move(NEW, PENDING, AGENT), // waiting (reason required) on the requester or a third party
          move(OPEN, PENDING, AGENT),
          move(PENDING, OPEN, AGENT, REQUESTER), // the answer came (a requester's reply does it)
          move(NEW, RESOLVED, AGENT), // resolving needs a resolution note
          move(OPEN, RESOLVED, AGENT),
          move(PENDING, RESOLVED, AGENT),
          move(RESOLVED, CLOSED, AGENT, REQUESTER, SYSTEM), // confirmed, or closed after N days
          move(RESOLVED, OPEN, AGENT, REQUESTER), // reopen: the fix did not hold
          move(CLOSED, OPEN, AGENT)); // reopen a closed ticket: agents only

  private TicketTransitions() {}

  public static boolean allows(TicketStatus from, TicketStatus to, TicketRole role) {
    return TABLE.stream().anyMatch(t -> t.from() == from && t.to() == to && t.by().contains(role));
  }

  /** The statuses {@code role} may move a ticket in {@code from} to, in workflow order. */
  public static List<TicketStatus> next(TicketStatus from, TicketRole role) {
    return EnumSet.allOf(TicketStatus.class).stream().filter(to -> allows(from, to, role)).toList();
  }

  /** Whether the move reopens a finished ticket (event ticket.reopened). */
  public static boolean reopens(TicketStatus from, TicketStatus to) {
    return (from == RESOLVED || from == CLOSED) && to == OPEN;
  }

  private static Transition move(TicketStatus from, TicketStatus to, TicketRole... by) {
    return new Transition(from, to, Set.of(by));
  }
}
