package io.ticketknowledge.ticket.sla.control;

import static io.ticketknowledge.ticket.sla.control.Calendars.taipei;
import static io.ticketknowledge.ticket.sla.entity.SlaMetric.FIRST_RESPONSE;
import static io.ticketknowledge.ticket.sla.entity.SlaMetric.NEXT_RESPONSE;
import static io.ticketknowledge.ticket.sla.entity.SlaMetric.RESOLUTION;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.AGENT_REPLIED;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.PAUSED;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.REOPENED;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.REQUESTER_REPLIED;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.RESOLVED;
import static io.ticketknowledge.ticket.sla.entity.TicketFact.Kind.RESUMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private final SlaClock clock = new SlaClock();
  private final BusinessCalendar calendar = Calendars.taipei2025();

  /** P3: first response in 4 working hours, resolution in 16 (two working days), warn at 80 %. */
  private final SlaPolicy p3 =
      policy("P3", Duration.ofHours(4), Duration.ofHours(2), Duration.ofHours(16));

  private final SlaPolicy p1 =
      policy("P1", Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(4));

  @Test
  void aFirstResponseInTimeIsMetWithoutWarning() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(opened("2025-01-06T09:00", p3), at("2025-01-06T10:00", AGENT_REPLIED)),
            taipei("2025-01-06T12:00"));

    SlaStatus first = timeline.status(FIRST_RESPONSE).orElseThrow();
    assertEquals(SlaStatus.State.MET, first.state());
    assertEquals(Duration.ofHours(1), first.consumed());
    assertFalse(first.warned());
    assertFalse(first.breached());
    assertNull(first.dueAt());
    assertEquals(
        List.of(
            entry("2025-01-06T09:00", FIRST_RESPONSE, SlaEntry.Kind.STARTED),
            entry("2025-01-06T09:00", RESOLUTION, SlaEntry.Kind.STARTED),
            entry("2025-01-06T10:00", FIRST_RESPONSE, SlaEntry.Kind.MET)),
        kinds(timeline));
  }

  @Test
  void warningAndBreachFallOnTheExactWorkingMinute() {
    // 4 working hours from Friday 16:30: 1 h on Friday, 3 h on Monday
    SlaTimeline timeline =
        clock.evaluate(List.of(opened("2025-01-10T16:30", p3)), taipei("2025-01-13T15:00"));

    List<SlaEntry> firstResponse =
        timeline.entries().stream().filter(e -> e.metric() == FIRST_RESPONSE).toList();
    // 80 % of 4 h = 3 h 12 min: Friday 1 h, Monday 08:30 + 2 h 12 min
    assertEquals(taipei("2025-01-13T10:42"), firstResponse.get(1).at());
    assertEquals(SlaEntry.Kind.WARNING, firstResponse.get(1).kind());
    assertEquals(taipei("2025-01-13T11:30"), firstResponse.get(2).at());
    assertEquals(SlaEntry.Kind.BREACHED, firstResponse.get(2).kind());

    SlaStatus status = timeline.status(FIRST_RESPONSE).orElseThrow();
    assertTrue(status.breached());
    assertEquals(taipei("2025-01-13T11:30"), status.dueAt());
    // overdue time keeps counting: 1 h Friday + 4 h Monday (08:30–12:30) + 1.5 h after lunch
    assertEquals(Duration.ofMinutes(390), status.consumed());
    assertEquals(Duration.ZERO, status.remaining());
  }

  @Test
  void anAnswerExactlyAtTheTargetIsInTime() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(opened("2025-01-06T08:30", p3), at("2025-01-06T12:30", AGENT_REPLIED)),
            taipei("2025-01-06T17:00"));
    SlaStatus first = timeline.status(FIRST_RESPONSE).orElseThrow();
    assertEquals(SlaStatus.State.MET, first.state());
    assertFalse(first.breached());
    assertTrue(first.warned());
  }

  @Test
  void pendingOnTheRequesterStopsEveryRunningClock() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", p3),
                at("2025-01-06T10:00", AGENT_REPLIED),
                at("2025-01-06T10:00", PAUSED),
                at("2025-01-08T15:00", REQUESTER_REPLIED)),
            taipei("2025-01-08T16:00"));

    SlaStatus resolution = timeline.status(RESOLUTION).orElseThrow();
    // 1 h before the pause, 1 h after the reply; two days pending cost nothing
    assertEquals(Duration.ofHours(2), resolution.consumed());
    assertEquals(SlaStatus.State.RUNNING, resolution.state());
    // 14 h left from Wednesday 16:00: 1.5 h, Thursday 8 h, Friday 4 h + 0.5 h
    assertEquals(taipei("2025-01-10T14:00"), resolution.dueAt());

    SlaStatus next = timeline.status(NEXT_RESPONSE).orElseThrow();
    assertEquals(SlaStatus.State.RUNNING, next.state());
    assertEquals(Duration.ofHours(1), next.consumed());
    assertEquals(taipei("2025-01-08T17:00"), next.dueAt());
  }

  @Test
  void aPausedClockHasNoDueDateAndNeverBreaches() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(opened("2025-01-06T09:00", p3), at("2025-01-06T11:00", PAUSED)),
            taipei("2025-03-01T09:00"));
    SlaStatus resolution = timeline.status(RESOLUTION).orElseThrow();
    assertEquals(SlaStatus.State.PAUSED, resolution.state());
    assertEquals(Duration.ofHours(2), resolution.consumed());
    assertNull(resolution.dueAt());
    assertFalse(resolution.breached());
  }

  @Test
  void resumingWithoutAReplyRestartsTheSameClocks() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", p3),
                at("2025-01-06T10:00", PAUSED),
                at("2025-01-07T09:00", RESUMED)),
            taipei("2025-01-07T10:00"));
    assertEquals(Duration.ofHours(2), timeline.status(FIRST_RESPONSE).orElseThrow().consumed());
    assertTrue(timeline.status(NEXT_RESPONSE).isEmpty());
  }

  @Test
  void theLunarNewYearAndTheMakeUpSaturdayMoveTheResolutionDueDate() {
    SlaTimeline overNewYear =
        clock.evaluate(
            List.of(opened("2025-01-24T16:30", p3), at("2025-01-24T16:45", AGENT_REPLIED)),
            taipei("2025-01-30T12:00"));
    assertEquals(taipei("2025-02-04T16:30"), overNewYear.status(RESOLUTION).orElseThrow().dueAt());
    assertEquals(Duration.ofHours(1), overNewYear.status(RESOLUTION).orElseThrow().consumed());

    SlaTimeline makeUpDay =
        clock.evaluate(
            List.of(opened("2025-02-07T09:30", p3), at("2025-02-07T10:00", AGENT_REPLIED)),
            taipei("2025-02-08T17:30"));
    SlaStatus resolution = makeUpDay.status(RESOLUTION).orElseThrow();
    // Friday 7 h and the make-up Saturday 8 h
    assertEquals(Duration.ofHours(15), resolution.consumed());
    assertEquals(taipei("2025-02-10T09:30"), resolution.dueAt());
  }

  @Test
  void resolvingMeetsEveryClockAndReopeningContinuesTheResolutionClock() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", p3),
                at("2025-01-06T13:30", RESOLVED),
                at("2025-01-07T09:00", REOPENED),
                at("2025-01-07T09:00", REQUESTER_REPLIED)),
            taipei("2025-01-07T10:00"));

    // the resolution note answered within 3.5 working hours: first response met, late enough to
    // warn
    SlaStatus first = timeline.status(FIRST_RESPONSE).orElseThrow();
    assertEquals(SlaStatus.State.MET, first.state());
    assertTrue(first.warned());
    assertFalse(first.breached());
    SlaStatus resolution = timeline.status(RESOLUTION).orElseThrow();
    assertEquals(SlaStatus.State.RUNNING, resolution.state());
    // 3.5 h until the resolution, 1 h since the reopening
    assertEquals(Duration.ofMinutes(270), resolution.consumed());
    SlaStatus next = timeline.status(NEXT_RESPONSE).orElseThrow();
    assertEquals(Duration.ofHours(1), next.consumed());
    assertTrue(
        timeline
            .entries()
            .contains(
                new SlaEntry(
                    taipei("2025-01-07T09:00"),
                    RESOLUTION,
                    SlaEntry.Kind.RESUMED,
                    Duration.ofMinutes(210),
                    Duration.ofHours(16),
                    "P3")));
  }

  @Test
  void aShorterTargetAfterAPolicyChangeBreachesAtTheChangeWhenAlreadyPastIt() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", p3),
                at("2025-01-06T09:10", AGENT_REPLIED),
                TicketFact.policyChanged(taipei("2025-01-06T14:30"), p1)),
            taipei("2025-01-06T15:00"));

    SlaStatus resolution = timeline.status(RESOLUTION).orElseThrow();
    assertEquals(Duration.ofHours(4), resolution.target());
    assertTrue(resolution.breached());
    assertEquals(taipei("2025-01-06T14:30"), resolution.dueAt());
    List<SlaEntry.Kind> atChange =
        timeline.entries().stream()
            .filter(e -> e.at().equals(taipei("2025-01-06T14:30")))
            .map(SlaEntry::kind)
            .toList();
    assertEquals(
        List.of(SlaEntry.Kind.POLICY_CHANGED, SlaEntry.Kind.WARNING, SlaEntry.Kind.BREACHED),
        atChange);
    // first response was met under P3 before the change: its verdict stands
    assertFalse(timeline.status(FIRST_RESPONSE).orElseThrow().breached());
  }

  @Test
  void aPolicyChangeKeepsTheConsumedTimeAndMovesTheDueDate() {
    SlaPolicy longer = policy("P4", Duration.ofHours(8), Duration.ofHours(8), Duration.ofHours(40));
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", p3),
                at("2025-01-06T09:30", AGENT_REPLIED),
                TicketFact.policyChanged(taipei("2025-01-06T11:00"), longer)),
            taipei("2025-01-06T11:00"));
    SlaStatus resolution = timeline.status(RESOLUTION).orElseThrow();
    assertEquals(Duration.ofHours(2), resolution.consumed());
    assertEquals(Duration.ofHours(40), resolution.target());
    // 38 h left from Monday 11:00: Monday 5.5 h, four days of 8 h, Monday 13 Jan 08:30 + 0.5 h
    assertEquals(taipei("2025-01-13T09:00"), resolution.dueAt());
  }

  @Test
  void aMetricTheNewPolicyDoesNotMeasureIsCancelledAndOneItAddsCarriesItsTime() {
    SlaPolicy resolutionOnly =
        new SlaPolicy("R", calendar, Map.of(RESOLUTION, Duration.ofHours(8)), 80);
    SlaPolicy firstResponseOnly =
        new SlaPolicy("F", calendar, Map.of(FIRST_RESPONSE, Duration.ofHours(3)), 80);
    SlaTimeline timeline =
        clock.evaluate(
            List.of(
                opened("2025-01-06T09:00", firstResponseOnly),
                TicketFact.policyChanged(taipei("2025-01-06T10:00"), resolutionOnly)),
            taipei("2025-01-06T11:00"));
    assertTrue(timeline.status(FIRST_RESPONSE).isEmpty());
    assertTrue(
        timeline.entries().stream()
            .anyMatch(e -> e.metric() == FIRST_RESPONSE && e.kind() == SlaEntry.Kind.CANCELLED));
    assertEquals(Duration.ofHours(2), timeline.status(RESOLUTION).orElseThrow().consumed());
  }

  @Test
  void aMetricWithoutTargetLeavesNoTrace() {
    SlaPolicy resolutionOnly =
        new SlaPolicy("R", calendar, Map.of(RESOLUTION, Duration.ofHours(8)), 80);
    SlaTimeline timeline =
        clock.evaluate(
            List.of(opened("2025-01-06T09:00", resolutionOnly)), taipei("2025-01-06T10:00"));
    assertEquals(List.of(RESOLUTION), List.copyOf(timeline.statuses().keySet()));
    assertTrue(timeline.entries().stream().allMatch(e -> e.metric() == RESOLUTION));
  }

  @Test
  void factsAfterNowAreNotYetTrue() {
    SlaTimeline timeline =
        clock.evaluate(
            List.of(opened("2025-01-06T09:00", p3), at("2025-01-06T11:00", AGENT_REPLIED)),
            taipei("2025-01-06T10:00"));
    assertEquals(SlaStatus.State.RUNNING, timeline.status(FIRST_RESPONSE).orElseThrow().state());
  }

  @Test
  void factsMustStartWithTheOpeningAndStayInOrder() {
    assertThrows(
        IllegalArgumentException.class,
        () -> clock.evaluate(List.of(at("2025-01-06T09:00", PAUSED)), Instant.MAX));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            clock.evaluate(
                List.of(opened("2025-01-06T09:00", p3), at("2025-01-06T08:00", PAUSED)),
                Instant.MAX));
    assertThrows(
        IllegalArgumentException.class, () -> policy("bad", Duration.ofHours(-1), null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaPolicy("bad", calendar, Map.of(RESOLUTION, Duration.ofHours(1)), 100));
    assertTrue(clock.evaluate(List.of(), Instant.MAX).entries().isEmpty());
  }

  private SlaPolicy policy(String name, Duration first, Duration next, Duration resolution) {
    Map<SlaMetric, Duration> targets = new java.util.EnumMap<>(SlaMetric.class);
    if (first != null) targets.put(FIRST_RESPONSE, first);
    if (next != null) targets.put(NEXT_RESPONSE, next);
    if (resolution != null) targets.put(RESOLUTION, resolution);
    return new SlaPolicy(name, calendar, targets, 80);
  }

  private static TicketFact opened(String local, SlaPolicy policy) {
    return TicketFact.opened(taipei(local), policy);
  }

  private static TicketFact at(String local, TicketFact.Kind kind) {
    return TicketFact.of(taipei(local), kind);
  }

  private static String entry(String local, SlaMetric metric, SlaEntry.Kind kind) {
    return taipei(local) + " " + metric + " " + kind;
  }

  private static List<String> kinds(SlaTimeline timeline) {
    return timeline.entries().stream()
        .map(e -> e.at() + " " + e.metric() + " " + e.kind())
        .toList();
  }
}
