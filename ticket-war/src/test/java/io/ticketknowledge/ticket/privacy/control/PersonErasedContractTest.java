package io.ticketknowledge.ticket.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.contract.EventContractAssertions;
import io.ticketknowledge.platform.privacy.SubjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producer side: the person.erased event an erasure emits follows its published schema. */
class PersonErasedContractTest {

  @Test
  void theErasureEventFollowsItsSchema() {
    EventEnvelope event =
        ErasureRows.announcement(
            new SubjectId("3f1c2a9e-7d41-4c5e-9a0b-1d2e3f4a5b6c"), List.of(1042L), "admin1");
    EventContractAssertions.assertConforms(event);
    assertEquals("person.erased", event.type());
    assertEquals("3f1c2a9e-7d41-4c5e-9a0b-1d2e3f4a5b6c", event.aggregateId());
  }

  @Test
  void itCarriesNoNameOnlyTheSubjectAndThePseudonym() {
    EventEnvelope event =
        ErasureRows.announcement(new SubjectId("requester1"), List.of(), "admin1");
    assertEquals(
        List.of("erasedAt", "heldTicketIds", "pseudonym", "subjectId"),
        event.payload().keySet().stream().sorted().toList());
    assertFalse(event.payload().getString("pseudonym").contains("requester1"));
  }
}
