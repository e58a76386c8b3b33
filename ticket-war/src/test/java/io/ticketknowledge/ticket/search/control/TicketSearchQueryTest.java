package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.TestUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permission rule of TicketAccess becomes a condition of the query itself. */
class TicketSearchQueryTest {

  private final TicketSearchRequest anything =
      TicketSearchRequest.of("印表機", null, null, null, null, null);

  @Test
  void aRequesterSearchesOnlyTheirOwnTickets() {
    SearchQuery query = TicketSearch.query(anything, TestUser.requester("u-1"));
    assertEquals(
        List.of(new Filter.AnyOf(TicketIndex.REQUESTER_ID, Set.of("u-1"))), query.permissions());
  }

  @Test
  void anEditorWhoIsNoAgentIsARequesterHere() {
    SearchQuery query =
        TicketSearch.query(anything, new TestUser("e-1", Roles.REQUESTER, Roles.EDITOR));
    assertEquals(
        List.of(new Filter.AnyOf(TicketIndex.REQUESTER_ID, Set.of("e-1"))), query.permissions());
  }

  @Test
  void agentsAndAdminsSearchEveryTicket() {
    assertTrue(TicketSearch.query(anything, TestUser.agent("a-1")).permissions().isEmpty());
    assertTrue(
        TicketSearch.query(anything, new TestUser("x", Roles.ADMIN)).permissions().isEmpty());
  }

  @Test
  void aCallerWithoutAnIdIsAllowedNothing() {
    SearchQuery query = TicketSearch.query(anything, TestUser.requester(" "));
    assertEquals(
        List.of(new Filter.AnyOf(TicketIndex.REQUESTER_ID, Set.of())), query.permissions());
  }

  @Test
  void filtersFacetsSortAndPageComeFromTheRequest() {
    TicketSearchRequest request =
        TicketSearchRequest.of(
            "vpn", List.of("NEW"), List.of("HIGH,URGENT"), "createdAt", "cur", 7);
    SearchQuery query = TicketSearch.query(request, TestUser.agent("a-1"));
    assertEquals(
        List.of(
            new Filter.AnyOf(TicketIndex.STATUS, Set.of("NEW")),
            new Filter.AnyOf(TicketIndex.PRIORITY, Set.of("HIGH", "URGENT"))),
        query.filters());
    assertEquals(List.of(TicketIndex.STATUS, TicketIndex.PRIORITY), query.facets());
    assertEquals(request.sort(), query.sort());
    assertEquals(7, query.pageSize());
    assertEquals("cur", query.cursor());
    assertEquals("vpn", query.text());
  }
}
