package io.ticketknowledge.knowledge.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.contract.EventContractAssertions;
import io.ticketknowledge.platform.json.Jsons;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Consumer side: Knowledge reads every published example of person.erased. */
class ObservedPersonEventTest {

  @Test
  void readsTheSubjectOfEveryExample() {
    for (JsonObject example : EventContractAssertions.examples(ObservedPersonEvent.ERASED_V1)) {
      EventEnvelope event =
          EventEnvelope.of(
              ObservedPersonEvent.ERASED_V1, example.getString("subjectId"), 1, "admin1", example);
      assertEquals(
          example.getString("subjectId"), ObservedPersonEvent.erased(event).orElseThrow().value());
    }
  }

  @Test
  void otherTypesAreNotErasures() {
    EventEnvelope opened =
        EventEnvelope.of(
            EventType.of("ticket.opened", 1), 1, 1, "requester1", Jsons.objectBuilder().build());
    assertFalse(ObservedPersonEvent.erased(opened).isPresent());
  }

  @Test
  void aNewerVersionOrAMissingSubjectIsADeadLetter() {
    EventEnvelope newer =
        EventEnvelope.of(
            EventType.of("person.erased", 2),
            "x",
            1,
            "admin1",
            Jsons.objectBuilder().add("subjectId", "x").build());
    assertThrows(MalformedEventException.class, () -> ObservedPersonEvent.erased(newer));
    EventEnvelope empty =
        EventEnvelope.of(
            ObservedPersonEvent.ERASED_V1, "x", 1, "admin1", Jsons.objectBuilder().build());
    assertThrows(MalformedEventException.class, () -> ObservedPersonEvent.erased(empty));
    EventEnvelope slash =
        EventEnvelope.of(
            ObservedPersonEvent.ERASED_V1,
            "x",
            1,
            "admin1",
            Jsons.objectBuilder().add("subjectId", "a/b").build());
    assertThrows(MalformedEventException.class, () -> ObservedPersonEvent.erased(slash));
  }
}
