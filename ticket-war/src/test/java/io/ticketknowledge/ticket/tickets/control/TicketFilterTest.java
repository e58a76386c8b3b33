package io.ticketknowledge.ticket.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketQueue;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketFilterTest {

  @Test
  void everyFieldIsParsedIntoItsType() {
    TicketFilter filter =
        TicketFilter.parse(
            Map.ofEntries(
                Map.entry("queue", List.of("my-groups")),
                Map.entry("status", List.of("open,pending", "NEW")),
                Map.entry("priority", List.of("P1", "urgent")),
                Map.entry("group", List.of("50,none")),
                Map.entry("assignee", List.of("none")),
                Map.entry("requester", List.of("requester1")),
                Map.entry("tag", List.of("VPN, 印表機")),
                Map.entry("category", List.of("7")),
                Map.entry("createdFrom", List.of("2026-03-01")),
                Map.entry("createdTo", List.of("2026-03-31")),
                Map.entry("updatedFrom", List.of("2026-03-01T08:00:00+08:00"))));
    assertEquals(TicketQueue.MY_GROUPS, filter.queue());
    assertEquals(
        Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING), filter.statuses());
    assertEquals(Set.of(TicketPriority.P1), filter.priorities(), "URGENT is P1");
    assertEquals(Set.of(50L), filter.groupIds());
    assertTrue(filter.inNoGroup());
    assertTrue(filter.unassigned());
    assertTrue(filter.assigneeIds().isEmpty());
    assertEquals(Set.of("vpn", "印表機"), filter.tags());
    assertEquals(OffsetDateTime.parse("2026-03-01T00:00Z"), filter.createdFrom());
    assertEquals(OffsetDateTime.parse("2026-04-01T00:00Z"), filter.createdBefore(), "whole day");
    assertEquals(OffsetDateTime.parse("2026-03-01T00:00Z"), filter.updatedFrom(), "as UTC");
  }

  @Test
  void pagingParametersAreNotFiltersButAllowed() {
    TicketFilter filter =
        TicketFilter.parse(
            Map.of("sort", List.of("-id"), "cursor", List.of("x"), "limit", List.of("5")));
    assertEquals(TicketFilter.NONE, filter);
  }

  @Test
  void anUnknownFieldIsA400NamingIt() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> TicketFilter.parse(Map.of("colour", List.of("red"))));
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    assertEquals("ticket.filter.unknown-field", e.detailKey());
    assertEquals("colour", e.detailArgs()[0]);
  }

  @Test
  void badValuesAre400s() {
    for (Map<String, List<String>> bad :
        List.of(
            Map.of("status", List.of("DONE")),
            Map.of("priority", List.of("P9")),
            Map.of("type", List.of("BUG")),
            Map.of("group", List.of("abc")),
            Map.of("group", List.of("-3")),
            Map.of("category", List.of("0")),
            Map.of("createdFrom", List.of("yesterday")),
            Map.of("createdFrom", List.of("2026-03-01,2026-03-02")),
            Map.of("updatedTo", List.of("2026-02-30")),
            Map.of("tag", List.of("no spaces allowed")),
            Map.of("queue", List.of("everything")),
            Map.of("queue", List.of("mine,requested")))) {
      ApiException e =
          assertThrows(ApiException.class, () -> TicketFilter.parse(bad), bad::toString);
      assertEquals(ProblemKind.BAD_REQUEST, e.kind(), bad.toString());
    }
  }

  @Test
  void tooManyValuesAreRefused() {
    List<String> many = new ArrayList<>();
    for (int i = 1; i <= TicketFilter.MAX_VALUES + 1; i++) {
      many.add("user" + i);
    }
    assertThrows(ApiException.class, () -> TicketFilter.parse(Map.of("requester", many)));
  }

  @Test
  void theCanonicalFormParsesToTheSameFilter() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    given.put("status", List.of("PENDING,OPEN"));
    given.put("assignee", List.of("agent,1"));
    given.put("requester", List.of("王小明"));
    given.put("createdTo", List.of("2026-03-31"));
    given.put("group", List.of("none"));
    given.put("tag", List.of("vpn,印表機"));
    TicketFilter filter = TicketFilter.parse(given);
    String query = filter.toQuery();
    assertEquals(filter, TicketFilter.parseQuery(query));
    assertTrue(query.startsWith("status=OPEN,PENDING&group=none&assignee="), query);
    assertFalse(query.contains("王"), "encoded: " + query);
    assertEquals("", TicketFilter.NONE.toQuery());
    assertEquals(TicketFilter.NONE, TicketFilter.parseQuery(""));
  }
}
