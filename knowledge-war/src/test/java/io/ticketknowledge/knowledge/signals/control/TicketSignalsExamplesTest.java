package io.ticketknowledge.knowledge.signals.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.knowledge.signals.entity.ObservedTicketEvent;
import io.ticketknowledge.knowledge.signals.entity.TicketSignal;
import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.contract.EventContractAssertions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consumer side of the event contracts: the examples of every ticket event schema Knowledge follows
 * go through the real handler ({@link TicketSignals#apply}, H2 with the module's migrations,
 * EclipseLink) and become ticket signals; a redelivery changes nothing.
 */
class TicketSignalsExamplesTest {

  private ModuleSchemaOnH2 db;
  private TicketSignals signals;

  @BeforeEach
  void setUp() {
    db = new ModuleSchemaOnH2("knowledge");
    signals = new TicketSignals();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @ParameterizedTest
  @EnumSource(ObservedTicketEvent.class)
  void theSchemasExamplesBecomeSignals(ObservedTicketEvent type) {
    long version = 1;
    for (JsonObject example : EventContractAssertions.examples(type.type())) {
      String ticketId = String.valueOf(example.getJsonNumber("id").longValue());
      EventEnvelope event = EventEnvelope.of(type.type(), ticketId, version++, "agent1", example);

      assertTrue(apply(event), type + ": first delivery applies");
      assertFalse(apply(event), type + ": a redelivery is dropped");

      TicketSignal signal = find(ticketId);
      assertEquals(example.getString("subject"), signal.subject());
      assertEquals(example.getString("status"), signal.status());
      assertEquals(example.getString("priority"), signal.priority());
      assertEquals(event.version(), signal.ticketVersion());
      assertEquals(1, signal.eventsApplied());
    }
  }

  @ParameterizedTest
  @EnumSource(ObservedTicketEvent.class)
  void aSchemaVersionNewerThanKnowledgeKnowsIsADeadLetter(ObservedTicketEvent type) {
    JsonObject example = EventContractAssertions.examples(type.type()).get(0);
    EventType newer = EventType.of(type.type().name(), type.type().version() + 1);

    assertThrows(
        MalformedEventException.class,
        () -> apply(EventEnvelope.of(newer, "1", 1, "agent1", example)));
  }

  @Test
  void aPayloadWithoutWhatTheSchemaRequiresIsADeadLetterAtOnce() {
    JsonObject example =
        EventContractAssertions.examples(ObservedTicketEvent.OPENED_V1.type()).get(0);
    JsonObject withoutSubject = Json.createObjectBuilder(example).remove("subject").build();

    MalformedEventException poison =
        assertThrows(
            MalformedEventException.class,
            () ->
                apply(
                    EventEnvelope.of(
                        ObservedTicketEvent.OPENED_V1.type(), "1", 1, "agent1", withoutSubject)));
    assertTrue(poison.getMessage().contains("subject"), poison.getMessage());
  }

  @Test
  void typesKnowledgeDoesNotFollowAreSkipped() {
    EventEnvelope other =
        EventEnvelope.of(
            EventType.of("ticket.commented", 1),
            "1",
            1,
            "agent1",
            Json.createObjectBuilder().build());

    assertTrue(apply(other));
    assertEquals(null, find("1"));
  }

  private boolean apply(EventEnvelope event) {
    AtomicBoolean applied = new AtomicBoolean();
    db.inTransaction(
        em -> {
          signals.em = em;
          applied.set(signals.apply(event));
        });
    return applied.get();
  }

  private TicketSignal find(String ticketId) {
    AtomicReference<TicketSignal> found = new AtomicReference<>();
    db.inTransaction(
        em -> {
          signals.em = em;
          found.set(signals.find(ticketId).orElse(null));
        });
    return found.get();
  }
}
