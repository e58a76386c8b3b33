package io.ticketknowledge.ticket.automation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.automation.entity.ActorKind;
import io.ticketknowledge.ticket.automation.entity.Condition;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.TicketSnapshot;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {

  static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  /** Pending for exactly 7 days, in group 3, no assignee, tagged vpn, opened by the requester. */
  static final TicketSnapshot TICKET =
      new TicketSnapshot(
          TicketStatus.PENDING,
          TicketPriority.P2,
          TicketType.INCIDENT,
          3L,
          null,
          12L,
          Set.of("vpn", "vip-user"),
          "財務部",
          "VPN 連線一直中斷",
          ActorKind.REQUESTER,
          NOW.minus(Duration.ofDays(10)),
          NOW.minus(Duration.ofHours(5)),
          NOW.minus(Duration.ofDays(7)),
          NOW);

  private final TriggerCheck check = new TriggerCheck(group -> group == 3);

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "status, is, PENDING, true",
    "status, is, OPEN, false",
    "status, isNot, OPEN, true",
    "priority, is, P2, true",
    "priority, is, HIGH, true", // the first API's name of P2
    "priority, isNot, P2, false",
    "type, is, INCIDENT, true",
    "groupId, is, 3, true",
    "groupId, isNot, 3, false",
    "groupId, isSet, , true",
    "assigneeId, isNotSet, , true",
    "assigneeId, isSet, , false",
    "assigneeId, is, agent1, false",
    "categoryId, is, 12, true",
    "tag, is, VPN, true",
    "tag, isNot, vpn, false",
    "tag, contains, vip, true",
    "tag, is, printer, false",
    "department, contains, 財務, true",
    "subject, contains, vpn, true",
    "subject, contains, 印表機, false",
    "actor, is, REQUESTER, true",
    "actor, is, AGENT, false",
    "hoursInStatus, atLeast, 168, true", // exactly 7 days counts
    "hoursInStatus, atLeast, 168.1, false",
    "hoursInStatus, lessThan, 168, false",
    "hoursSinceCreated, atLeast, 240, true",
    "hoursSinceUpdated, lessThan, 6, true",
    "hoursSinceUpdated, atLeast, 5.5, false",
  })
  void eachConditionJudgesTheSnapshot(String field, String op, String value, String expected) {
    Condition condition = check.condition(new ConditionTerms(field, op, value));
    boolean want = expected.equals("true");
    assertEquals(want, Conditions.holds(condition, TICKET), field + " " + op + " " + value);
  }

  @Test
  void allConditionsMustHoldAndNoneMeansAlways() {
    List<Condition> pendingWeek =
        check.conditions(
            TriggerEvent.TIME,
            List.of(
                new ConditionTerms("status", "is", "PENDING"),
                new ConditionTerms("hoursInStatus", "atLeast", "168")));
    assertTrue(Conditions.all(pendingWeek, TICKET));
    List<Condition> pendingTwoWeeks =
        check.conditions(
            TriggerEvent.TIME,
            List.of(
                new ConditionTerms("status", "is", "PENDING"),
                new ConditionTerms("hoursInStatus", "atLeast", "336")));
    assertFalse(Conditions.all(pendingTwoWeeks, TICKET));
    assertTrue(Conditions.all(List.of(), TICKET));
  }

  @Test
  void aTicketWithoutATimeIsNeverOldEnough() {
    TicketSnapshot noStart =
        new TicketSnapshot(
            TicketStatus.OPEN,
            TicketPriority.P3,
            TicketType.QUESTION,
            null,
            null,
            null,
            Set.of(),
            null,
            "x",
            ActorKind.AGENT,
            NOW,
            NOW,
            null,
            NOW);
    Condition old = check.condition(new ConditionTerms("hoursInStatus", "atLeast", "0"));
    assertFalse(Conditions.holds(old, noStart));
    assertTrue(
        Conditions.holds(check.condition(new ConditionTerms("tag", "isNotSet", null)), noStart));
  }
}
