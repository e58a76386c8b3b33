package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketIndexTest {

  @Test
  void anEventsPayloadAndVersionBecomeTheDocument() {
    IndexedTicket ticket = TicketIndex.fromEvent(event("42", state(), 3));
    SearchDocument document = TicketIndex.document(ticket);

    assertEquals("42", document.id());
    assertEquals("印表機無法連線", document.fields().get(TicketIndex.SUBJECT));
    assertEquals("HIGH", document.fields().get(TicketIndex.PRIORITY));
    assertEquals("u-1", document.fields().get(TicketIndex.REQUESTER_ID));
    assertEquals(
        Instant.parse("2026-11-25T10:00:00.123456Z"),
        document.fields().get(TicketIndex.CREATED_AT));
    assertEquals(Optional.of(3L), TicketIndex.versionOf(document));
    assertEquals(
        List.of("requester:u-1", TicketAccess.NO_GROUP),
        document.fields().get(TicketIndex.ACCESS),
        "an event of the first version: no group, no assignee");
  }

  @Test
  void lifecycleFieldsAndAccessKeysAreIndexed() {
    IndexedTicket ticket =
        TicketIndex.fromEvent(
            event(
                "42",
                state()
                    .add("number", "TK-2026-000042")
                    .add("type", "SERVICE_REQUEST")
                    .add("groupId", 7)
                    .add("assigneeId", "a-1")
                    .add("categoryId", 51)
                    .add("tags", Json.createArrayBuilder().add("vpn").add("遠端工作")),
                4));
    SearchDocument document = TicketIndex.document(ticket);
    assertEquals("TK-2026-000042", document.fields().get(TicketIndex.NUMBER));
    assertEquals("SERVICE_REQUEST", document.fields().get(TicketIndex.TYPE));
    assertEquals("7", document.fields().get(TicketIndex.GROUP_ID));
    assertEquals("51", document.fields().get(TicketIndex.CATEGORY_ID));
    assertEquals(List.of("vpn", "遠端工作"), document.fields().get(TicketIndex.TAGS));
    assertEquals(
        List.of("requester:u-1", "group:7", "assignee:a-1"),
        document.fields().get(TicketIndex.ACCESS));
    assertThrows(
        MalformedEventException.class,
        () -> TicketIndex.fromEvent(event("42", state().add("groupId", "seven"), 1)));
  }

  @Test
  void aPayloadWithoutPartOfTheStateIsMalformed() {
    MalformedEventException missing =
        assertThrows(
            MalformedEventException.class,
            () -> TicketIndex.fromEvent(event("42", state().remove("description"), 1)));
    assertTrue(missing.getMessage().contains("description"));
    assertThrows(
        MalformedEventException.class,
        () -> TicketIndex.fromEvent(event("42", state().add("status", " "), 1)));
    assertThrows(
        MalformedEventException.class,
        () -> TicketIndex.fromEvent(event("42", state().add("createdAt", "yesterday"), 1)));
    assertThrows(
        MalformedEventException.class, () -> TicketIndex.fromEvent(event("bench-1", state(), 1)));
  }

  @Test
  void theIndexIsVersionedByTheRevisionOfTicketAndConversation() {
    assertEquals(Optional.of(TicketIndex.REVISION), TicketIndex.DEFINITION.versionField());
  }

  static JsonObjectBuilder state() {
    return Json.createObjectBuilder()
        .add("id", 42)
        .add("subject", "印表機無法連線")
        .add("description", "三樓印表機無法列印")
        .add("status", "NEW")
        .add("priority", "HIGH")
        .add("requesterId", "u-1")
        .add("requesterName", "王小明")
        .add("createdAt", "2026-11-25T10:00:00.123456Z")
        .add("updatedAt", "2026-11-25T10:05:00Z");
  }

  private static EventEnvelope event(String ticketId, JsonObjectBuilder state, long version) {
    return EventEnvelope.of("ticket.changed", ticketId, version, "tester", state.build());
  }
}
