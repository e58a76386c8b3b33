package io.ticketknowledge.ticket.tickets.control;

import static io.ticketknowledge.platform.events.contract.EventContractAssertions.assertConforms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.contract.EventContracts;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Producer side of the event contracts: every event {@link TicketEvents} builds follows its
 * published schema (docs/events/schemas), and every type this module emits is published.
 */
class TicketEventsContractTest {

  @Test
  void everyEventThisModuleEmitsFollowsItsSchema() throws Exception {
    List<EventEnvelope> emitted = new ArrayList<>();
    for (Ticket ticket : tickets()) {
      emitted.add(TicketEvents.opened(ticket, "requester1"));
      ticket.prioritize(TicketPriority.URGENT);
      ticket.describe(ticket.description() + "\n\n（已更新）重新開機後仍然失敗。");
      set(ticket, "version", 2L);
      emitted.add(TicketEvents.changed(ticket, "agent1"));
    }

    Set<TicketEventType> covered = EnumSet.noneOf(TicketEventType.class);
    for (EventEnvelope event : emitted) {
      assertConforms(event);
      covered.add(TicketEventType.of(event).orElseThrow());
    }
    assertEquals(
        EnumSet.allOf(TicketEventType.class),
        covered,
        "a new TicketEventType needs its events in this test");
  }

  @Test
  void everyTypeThisModuleEmitsIsPublishedInTheAsyncApiDocument() {
    Set<String> emitted =
        EnumSet.allOf(TicketEventType.class).stream()
            .map(t -> t.type().key())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> published =
        EventContracts.declaredTypes().stream()
            .filter(t -> t.name().startsWith("ticket."))
            .map(EventType::key)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(published, emitted, "docs/events/asyncapi.yaml vs TicketEventType");
  }

  /** Tickets as they come: zh-TW and English, longest subject, a timestamp on a whole minute. */
  private static List<Ticket> tickets() throws Exception {
    Ticket printer = Ticket.open("印表機無法連線", "三樓印表機無法列印", null, "requester1", "王小明");
    set(printer, "id", 1042L);
    set(printer, "version", 1L);
    Ticket vpn =
        Ticket.open(
            "VPN " + "斷".repeat(196), "VPN drops every 5 minutes", TicketPriority.HIGH, "u-2", "");
    set(vpn, "id", 7L);
    set(vpn, "version", 1L);
    OffsetDateTime onTheMinute = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.UTC);
    set(vpn, "createdAt", onTheMinute);
    set(vpn, "updatedAt", onTheMinute);
    return List.of(printer, vpn);
  }

  private static void set(Ticket ticket, String field, Object value) throws Exception {
    Field f = Ticket.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(ticket, value);
  }
}
