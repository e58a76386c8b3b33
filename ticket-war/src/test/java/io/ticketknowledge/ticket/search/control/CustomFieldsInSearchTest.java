package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Custom field values travel in the events into the index and are filtered on with field=. */
class CustomFieldsInSearchTest {

  @Test
  void theEventsValuesBecomeKeywords() {
    IndexedTicket ticket =
        TicketIndex.fromEvent(
            EventEnvelope.of(
                "ticket.changed",
                "42",
                3,
                "tester",
                TicketIndexTest.state()
                    .add(
                        "customFields",
                        Json.createObjectBuilder()
                            .add("asset_tag", "NB-01")
                            .add("floor", Json.createValue(new java.math.BigDecimal("3")))
                            .add("vip", true)
                            .add("sites", Json.createArrayBuilder().add("台北").add("高雄")))
                    .build()));
    assertEquals(
        List.of("asset_tag=NB-01", "floor=3", "vip=true", "sites=台北", "sites=高雄"),
        ticket.customFields());
    assertEquals(
        ticket.customFields(),
        TicketIndex.document(ticket).fields().get(TicketIndex.CUSTOM_FIELDS));
  }

  @Test
  void ticketsWithoutValuesHaveNone() {
    IndexedTicket ticket =
        TicketIndex.fromEvent(
            EventEnvelope.of("ticket.changed", "42", 3, "tester", TicketIndexTest.state().build()));
    assertTrue(ticket.customFields().isEmpty());
    assertFalse(TicketIndex.document(ticket).fields().containsKey(TicketIndex.CUSTOM_FIELDS));
  }

  @Test
  void everyFieldFilterMustHold() {
    TicketSearchRequest request =
        TicketSearchRequest.of(
            null, null, null, null, List.of("floor:3", "sites:台北"), null, null, null);
    SearchQuery query = TicketSearch.query(request, new TicketViewer("x", true, false, Set.of()));
    assertEquals(
        Set.of(
            Filter.term(TicketIndex.CUSTOM_FIELDS, "floor=3"),
            Filter.term(TicketIndex.CUSTOM_FIELDS, "sites=台北")),
        Set.copyOf(query.filters()));
    assertThrows(
        ApiException.class,
        () -> TicketSearchRequest.of(null, null, null, null, List.of("nocolon"), null, null, null));
  }
}
