package io.ticketknowledge.ticket.automation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loop protection: which trigger may run on which change. */
class ChainActorTest {

  @Test
  void aPersonsChangeStartsAChainAtDepthOne() {
    Optional<ChainActor> cause = ChainActor.parse("agent1");
    assertTrue(cause.isEmpty());
    assertTrue(ChainActor.mayRun(7, cause, 3));
    assertEquals(1, ChainActor.nextDepth(cause));
  }

  @Test
  void aTriggerNeverRunsOnItsOwnChange() {
    Optional<ChainActor> cause = ChainActor.parse(new ChainActor(7, 1).actorId());
    assertEquals(Optional.of(new ChainActor(7, 1)), cause);
    assertFalse(ChainActor.mayRun(7, cause, 3));
    assertTrue(ChainActor.mayRun(8, cause, 3));
    assertEquals(2, ChainActor.nextDepth(cause));
  }

  @Test
  void twoTriggersFeedingEachOtherStopAtTheMaximumDepth() {
    // A (7) and B (8) each react to the other's change: A, B, A, then nothing at depth 3
    Optional<ChainActor> cause = Optional.empty();
    long[] order = {7, 8, 7, 8, 7};
    int ran = 0;
    for (long trigger : order) {
      if (!ChainActor.mayRun(trigger, cause, 3)) {
        break;
      }
      cause = Optional.of(new ChainActor(trigger, ChainActor.nextDepth(cause)));
      ran++;
    }
    assertEquals(3, ran);
    assertEquals("trigger:7:3", cause.orElseThrow().actorId());
  }

  @Test
  void actorKinds() {
    assertEquals(ActorKind.REQUESTER, ActorKind.of("requester1", "requester1"));
    assertEquals(ActorKind.AGENT, ActorKind.of("agent1", "requester1"));
    assertEquals(ActorKind.SYSTEM, ActorKind.of("system", "requester1"));
    assertEquals(ActorKind.SYSTEM, ActorKind.of("trigger:3:1", "requester1"));
    assertEquals(ActorKind.SYSTEM, ActorKind.of(ChainActor.AUTO_ASSIGN, "requester1"));
  }

  @Test
  void aMalformedTriggerActorIsNoChain() {
    assertTrue(ChainActor.parse("trigger:x:1").isEmpty());
  }

  @Test
  void eventsWakeTheirKinds() {
    assertEquals(EnumSet.of(TriggerEvent.CREATED), TriggerEvent.of(TicketEventType.OPENED));
    assertEquals(
        EnumSet.of(TriggerEvent.UPDATED, TriggerEvent.STATUS_CHANGED),
        TriggerEvent.of(TicketEventType.RESOLVED));
    assertEquals(
        EnumSet.of(TriggerEvent.SLA_BREACHED), TriggerEvent.of(TicketEventType.SLA_BREACHED));
    // its own notification requests and link events wake nothing
    assertTrue(TriggerEvent.of(TicketEventType.NOTIFICATION_REQUESTED).isEmpty());
    assertTrue(TriggerEvent.of(TicketEventType.LINKED).isEmpty());
  }
}
