package io.ticketknowledge.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventEnvelopeTest {

  @Test
  void survivesItsJsonForm() {
    EventEnvelope event =
        EventEnvelope.of(
            "ticket.opened",
            42L,
            3,
            "u-1",
            Json.createObjectBuilder().add("subject", "印表機").build());

    EventEnvelope read = EventEnvelope.parse(event.toJson());

    assertEquals(event, read);
    assertEquals("42", read.aggregateId());
  }

  @Test
  void carriesTheSchemaVersionOfItsTypeAndReadsOldEnvelopesAsVersion1() {
    EventEnvelope event =
        EventEnvelope.of(
            EventType.of("ticket.opened", 2), 42L, 3, "u-1", Json.createObjectBuilder().build());
    EventEnvelope read = EventEnvelope.parse(event.toJson());
    assertEquals(EventType.of("ticket.opened", 2), read.eventType());
    assertTrue(event.toJson().contains("\"schemaVersion\":2"), event.toJson());

    EventEnvelope old =
        EventEnvelope.parse(
            "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"ticket.opened\","
                + "\"aggregateId\":\"1\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"actor\":\"a\",\"payload\":{}}");
    assertEquals(1, old.schemaVersion());
    assertTrue(EventType.of("ticket.opened", 1).matches(old));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "{}",
        "{\"id\":\"x\",\"type\":\"t\",\"aggregateId\":\"1\",\"version\":1,"
            + "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"actor\":\"a\",\"payload\":{}}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"t\",\"aggregateId\":\"1\","
            + "\"version\":\"one\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"actor\":\"a\","
            + "\"payload\":{}}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"\",\"aggregateId\":\"1\","
            + "\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"actor\":\"a\","
            + "\"payload\":{}}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"t\",\"aggregateId\":\"1\","
            + "\"version\":1,\"occurredAt\":\"yesterday\",\"actor\":\"a\",\"payload\":{}}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"t\",\"aggregateId\":\"1\","
            + "\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"actor\":\"a\","
            + "\"payload\":[]}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"t\",\"schemaVersion\":0,"
            + "\"aggregateId\":\"1\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\","
            + "\"actor\":\"a\",\"payload\":{}}",
        "{\"id\":\"7b0c9a1e-8f7e-4a57-9d4c-111111111111\",\"type\":\"t\",\"schemaVersion\":\"1\","
            + "\"aggregateId\":\"1\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\","
            + "\"actor\":\"a\",\"payload\":{}}"
      })
  void refusesWhatIsNoEnvelope(String text) {
    assertThrows(MalformedEventException.class, () -> EventEnvelope.parse(text));
  }
}
