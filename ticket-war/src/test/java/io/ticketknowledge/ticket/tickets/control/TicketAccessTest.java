package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The visibility rule for single reads and the access keys the search query uses agree for every
 * viewer × ticket, and match the rule as written in TicketAccess.
 */
class TicketAccessTest {

  private static final Map<String, TicketViewer> VIEWERS =
      Map.of(
          "requester",
          TicketViewer.requester("req"),
          "other requester",
          TicketViewer.requester("other"),
          "agent in group 7",
          new TicketViewer("ag7", false, true, Set.of(7L)),
          "agent outside",
          new TicketViewer("ag9", false, true, Set.of(9L)),
          "admin",
          new TicketViewer("adm", true, true, Set.of()));

  @Test
  void singleReadsAndSearchKeysAgreeForEveryViewerAndTicket() {
    List<Ticket> tickets =
        List.of(ticket(null, null), ticket(7L, null), ticket(7L, "ag9"), ticket(8L, null));
    // expected visibility: triage (no group), group 7, group 7 assigned to ag9, group 8
    Map<String, List<Boolean>> expected =
        Map.of(
            "requester", List.of(true, true, true, true),
            "other requester", List.of(false, false, false, false),
            "agent in group 7", List.of(true, true, true, false),
            "agent outside", List.of(true, false, true, false),
            "admin", List.of(true, true, true, true));
    VIEWERS.forEach(
        (name, viewer) -> {
          for (int i = 0; i < tickets.size(); i++) {
            Ticket ticket = tickets.get(i);
            boolean sees = TicketAccess.canSee(viewer, ticket);
            assertEquals(expected.get(name).get(i), sees, name + " on ticket " + i);
            Optional<Set<String>> keys = TicketAccess.accessKeys(viewer);
            boolean searchSees =
                keys.isEmpty()
                    || !Collections.disjoint(
                        keys.get(),
                        TicketAccess.keysOf(
                            ticket.requesterId(), ticket.groupId(), ticket.assigneeId()));
            assertEquals(sees, searchSees, "search agrees for " + name + " on ticket " + i);
          }
        });
  }

  @Test
  void aWatcherReadsTheTicketInReadsAndSearchAlike() {
    Ticket ticket = ticket(8L, null);
    TicketViewer colleague = TicketViewer.requester("other");
    assertEquals(Optional.empty(), TicketAccess.roleOn(colleague, ticket));
    ticket.watch("other");
    assertEquals(Optional.of(TicketRole.WATCHER), TicketAccess.roleOn(colleague, ticket));
    assertTrue(
        !Collections.disjoint(
            TicketAccess.accessKeys(colleague).orElseThrow(),
            TicketAccess.keysOf(
                ticket.requesterId(), ticket.groupId(), ticket.assigneeId(), ticket.watcherIds())));
    assertEquals(
        Optional.of(TicketRole.REQUESTER),
        TicketAccess.roleOn(TicketViewer.requester("req"), ticket),
        "the requester stays the requester");
  }

  @Test
  void theRequesterPlaysRequesterAndAgentsPlayAgentEvenOnTheirOwnTickets() {
    Ticket ticket = ticket(7L, null);
    assertEquals(
        Optional.of(TicketRole.REQUESTER),
        TicketAccess.roleOn(TicketViewer.requester("req"), ticket));
    assertEquals(
        Optional.of(TicketRole.AGENT),
        TicketAccess.roleOn(new TicketViewer("req", false, true, Set.of(7L)), ticket));
    assertEquals(Optional.empty(), TicketAccess.roleOn(TicketViewer.requester("x"), ticket));
  }

  @Test
  void theJpqlConditionNamesTheSameFacts() {
    assertEquals(null, TicketAccess.jpqlCondition(VIEWERS.get("admin")));
    String watched =
        "t.id IN (SELECT w.id FROM Ticket w JOIN w.watcherIds watcher WHERE watcher = :viewer)";
    assertEquals(
        "(t.requesterId = :viewer OR " + watched + ")",
        TicketAccess.jpqlCondition(VIEWERS.get("requester")));
    assertEquals(
        "(t.requesterId = :viewer OR "
            + watched
            + " OR t.assigneeId = :viewer OR t.groupId IS NULL"
            + " OR t.groupId IN :viewerGroups)",
        TicketAccess.jpqlCondition(VIEWERS.get("agent in group 7")));
  }

  private static Ticket ticket(Long group, String assignee) {
    Ticket ticket =
        Ticket.open("TK-2026-000001", "s", "d", null, null, Level.LOW, Level.LOW, "req", "王", null);
    if (group != null || assignee != null) {
      ticket.assignTo(group, assignee, assignee);
    }
    return ticket;
  }
}
