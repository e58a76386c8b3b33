package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SortOrder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketSearchRequestTest {

  @Test
  void defaultsSortByRelevanceWithWordsAndNewestFirstWithout() {
    TicketSearchRequest withText = TicketSearchRequest.of(" 印表機 ", null, null, null, null, null);
    assertEquals("印表機", withText.text());
    assertEquals(SortOrder.relevance(), withText.sort());
    assertEquals(TicketSearchRequest.DEFAULT_LIMIT, withText.limit());
    assertNull(withText.cursor());
    assertEquals(Set.of(), withText.statuses());

    TicketSearchRequest browse = TicketSearchRequest.of(null, List.of(), List.of(), "", "", 5);
    assertEquals(SortOrder.descending(TicketIndex.CREATED_AT), browse.sort());
    assertEquals(5, browse.limit());
  }

  @Test
  void filtersMayBeRepeatedOrCommaSeparatedInAnyCase() {
    TicketSearchRequest request =
        TicketSearchRequest.of(
            "vpn", List.of("new, open", "Pending"), List.of("high,p4"), "-updatedAt", "abc", 100);
    assertEquals(Set.of("NEW", "OPEN", "PENDING"), request.statuses());
    assertEquals(Set.of("P2", "P4"), request.priorities(), "legacy names read as P1–P4");
    assertEquals(SortOrder.descending(TicketIndex.UPDATED_AT), request.sort());
    assertEquals("abc", request.cursor());
  }

  @Test
  void anEmptyFilterParameterFiltersNothing() {
    assertEquals(
        Set.of(), TicketSearchRequest.of("", List.of(""), null, null, null, null).statuses());
  }

  @Test
  void unknownValuesAreBadRequestsNamingTheAllowedOnes() {
    ApiException status =
        bad(() -> TicketSearchRequest.of("", List.of("LOST"), null, null, null, null));
    assertEquals("ticket.search.unknown-value", status.detailKey());
    assertEquals("status", status.detailArgs()[0]);
    assertEquals("NEW, OPEN, PENDING, RESOLVED, CLOSED", status.detailArgs()[2]);

    ApiException emptyPart =
        bad(() -> TicketSearchRequest.of("", null, List.of("HIGH,"), null, null, null));
    assertEquals("priority", emptyPart.detailArgs()[0]);

    ApiException sort = bad(() -> TicketSearchRequest.of("", null, null, "size", null, null));
    assertEquals("ticket.search.unknown-sort", sort.detailKey());
  }

  @Test
  void outOfBoundsLimitsLongTextsAndLongCursorsAreBadRequests() {
    assertEquals(
        "search.page-size",
        bad(() -> TicketSearchRequest.of("", null, null, null, null, 0)).detailKey());
    assertEquals(
        "search.page-size",
        bad(() -> TicketSearchRequest.of("", null, null, null, null, 101)).detailKey());
    assertEquals(
        "search.text-too-long",
        bad(() -> TicketSearchRequest.of("a".repeat(1001), null, null, null, null, null))
            .detailKey());
    assertEquals(
        "problem.invalid-cursor.detail",
        bad(() -> TicketSearchRequest.of("", null, null, null, "c".repeat(501), null)).detailKey());
  }

  private static ApiException bad(Runnable parse) {
    ApiException e = assertThrows(ApiException.class, parse::run);
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    return e;
  }

  @Test
  void tagsFilterLowerCasedAndABadTagIsRefused() {
    TicketSearchRequest request =
        TicketSearchRequest.of("", null, null, List.of("VPN,遠端工作", "vpn"), null, null, null);
    assertEquals(Set.of("vpn", "遠端工作"), request.tags());
    assertThrows(
        ApiException.class,
        () -> TicketSearchRequest.of("", null, null, List.of("no space"), null, null, null));
  }
}
