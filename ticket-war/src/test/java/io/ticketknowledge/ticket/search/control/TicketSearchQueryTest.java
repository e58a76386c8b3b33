package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The visibility rule of TicketAccess becomes a condition of the query itself. */
class TicketSearchQueryTest {

  private final TicketSearchRequest anything =
      TicketSearchRequest.of("印表機", null, null, null, null, null);

  @Test
  void aRequesterSearchesOnlyTheirOwnTickets() {
    SearchQuery query = TicketSearch.query(anything, TicketViewer.requester("u-1"));
    assertEquals(
        List.of(new Filter.AnyOf(TicketIndex.ACCESS, Set.of("requester:u-1", "watcher:u-1"))),
        query.permissions());
  }

  @Test
  void agentsSearchTheirGroupsTheirDeskTheTriageQueueAndTheirOwn() {
    SearchQuery query =
        TicketSearch.query(anything, new TicketViewer("a-1", false, true, Set.of(7L, 9L)));
    assertEquals(
        List.of(
            new Filter.AnyOf(
                TicketIndex.ACCESS,
                Set.of(
                    "requester:a-1",
                    "watcher:a-1",
                    "assignee:a-1",
                    TicketAccess.NO_GROUP,
                    "group:7",
                    "group:9"))),
        query.permissions());
  }

  @Test
  void internalNotesAreHiddenFromRequestersAndShownToAgentsOnlyOnTheTicketsTheyWork() {
    SearchQuery requester = TicketSearch.query(anything, TicketViewer.requester("u-1"));
    assertEquals(Set.of(TicketIndex.INTERNAL_COMMENTS), requester.hidden());
    assertTrue(requester.shownWhere().isEmpty());

    SearchQuery agent =
        TicketSearch.query(anything, new TicketViewer("a-1", false, true, Set.of(7L)));
    assertTrue(agent.hidden().isEmpty());
    assertEquals(
        java.util.Map.of(
            TicketIndex.INTERNAL_COMMENTS,
            new Filter.AnyOf(
                TicketIndex.ACCESS, Set.of("assignee:a-1", TicketAccess.NO_GROUP, "group:7"))),
        agent.shownWhere());

    SearchQuery admin = TicketSearch.query(anything, new TicketViewer("x", true, true, Set.of()));
    assertTrue(admin.hidden().isEmpty() && admin.shownWhere().isEmpty());
  }

  @Test
  void adminsSearchEveryTicket() {
    assertTrue(
        TicketSearch.query(anything, new TicketViewer("x", true, false, Set.of()))
            .permissions()
            .isEmpty());
  }

  @Test
  void aCallerWithoutAnIdIsAllowedNothing() {
    SearchQuery query = TicketSearch.query(anything, TicketViewer.requester(" "));
    assertEquals(List.of(new Filter.AnyOf(TicketIndex.ACCESS, Set.of())), query.permissions());
  }

  @Test
  void filtersFacetsSortAndPageComeFromTheRequest() {
    TicketSearchRequest request =
        TicketSearchRequest.of(
            "vpn", List.of("NEW"), List.of("HIGH,URGENT"), "createdAt", "cur", 7);
    SearchQuery query = TicketSearch.query(request, new TicketViewer("x", true, false, Set.of()));
    assertEquals(
        List.of(
            new Filter.AnyOf(TicketIndex.STATUS, Set.of("NEW")),
            new Filter.AnyOf(TicketIndex.PRIORITY, Set.of("P2", "P1"))),
        query.filters());
    assertEquals(List.of(TicketIndex.STATUS, TicketIndex.PRIORITY), query.facets());
    assertEquals(request.sort(), query.sort());
    assertEquals(7, query.pageSize());
    assertEquals("cur", query.cursor());
    assertEquals("vpn", query.text());
  }
}
