package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of working time and of the SLA clock, on random tickets over two years of calendars. */
class SlaClockProperties {

  private static final Instant EPOCH = Calendars.taipei("2025-01-01T00:00");
  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          Calendars.taipei2025(),
          Calendars.taipeiPlainWeeks(),
          Calendars.newYorkOffice(),
          Calendars.newYorkAroundTheClock());

  /** A stretch of pending time (which a requester's reply may end early) costs nothing. */
  @Property(tries = 300)
  void pendingTimeNeverAddsConsumedTime(
      @ForAll("ticketsWithoutPauses") List<TicketFact> facts,
      @ForAll @IntRange(min = 0, max = 400_000) int pauseStartMinutes,
      @ForAll @IntRange(min = 0, max = 20_000) int pauseMinutes,
      @ForAll @IntRange(min = 0, max = 3) int calendar) {
    List<TicketFact> plain = withCalendar(facts, CALENDARS.get(calendar));
    Instant pauseStart =
        latest(plain.get(0).at(), EPOCH.plus(Duration.ofMinutes(pauseStartMinutes)));
    List<TicketFact> paused =
        inserted(
            plain,
            TicketFact.of(pauseStart, TicketFact.Kind.PAUSED),
            TicketFact.of(
                pauseStart.plus(Duration.ofMinutes(pauseMinutes)), TicketFact.Kind.RESUMED));
    assertNoMoreConsumed(paused, plain);
  }

  /** Going pending at any moment of any ticket, pauses and replies included, costs nothing. */
  @Property(tries = 300)
  void goingPendingNeverAddsConsumedTime(
      @ForAll("tickets") List<TicketFact> facts,
      @ForAll @IntRange(min = 0, max = 400_000) int pauseMinutes,
      @ForAll @IntRange(min = 0, max = 3) int calendar) {
    List<TicketFact> plain = withCalendar(facts, CALENDARS.get(calendar));
    Instant pause = latest(plain.get(0).at(), EPOCH.plus(Duration.ofMinutes(pauseMinutes)));
    assertNoMoreConsumed(inserted(plain, TicketFact.of(pause, TicketFact.Kind.PAUSED)), plain);
  }

  private static void assertNoMoreConsumed(List<TicketFact> paused, List<TicketFact> plain) {
    Instant now = EPOCH.plus(Duration.ofDays(400));
    SlaTimeline with = new SlaClock().evaluate(paused, now);
    SlaTimeline without = new SlaClock().evaluate(plain, now);
    for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
      Duration pausedConsumed = with.status(metric).orElseThrow().consumed();
      Duration plainConsumed = without.status(metric).orElseThrow().consumed();
      if (pausedConsumed.compareTo(plainConsumed) > 0) {
        throw new AssertionError(
            metric + ": " + pausedConsumed + " with the pause > " + plainConsumed + " without");
      }
    }
  }

  private static List<TicketFact> inserted(List<TicketFact> facts, TicketFact... more) {
    List<TicketFact> all = new ArrayList<>(facts);
    all.addAll(List.of(more));
    all.sort(Comparator.comparing(TicketFact::at)); // stable: the opening stays first
    return all;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Property(tries = 300)
  void consumedTimeNeverExceedsElapsedTimeAndNeverShrinks(
      @ForAll("tickets") List<TicketFact> facts,
      @ForAll @IntRange(min = 1, max = 500_000) int laterMinutes) {
    Instant opened = facts.get(0).at();
    Instant earlier = opened.plus(Duration.ofMinutes(laterMinutes / 2));
    Instant later = opened.plus(Duration.ofMinutes(laterMinutes));
    SlaTimeline first = new SlaClock().evaluate(facts, earlier);
    SlaTimeline second = new SlaClock().evaluate(facts, later);
    Duration resolutionLater = second.status(SlaMetric.RESOLUTION).orElseThrow().consumed();
    if (resolutionLater.compareTo(Duration.between(opened, later)) > 0) {
      throw new AssertionError("more working time than time: " + resolutionLater);
    }
    if (first.status(SlaMetric.RESOLUTION).orElseThrow().consumed().compareTo(resolutionLater)
        > 0) {
      throw new AssertionError("consumed time went backwards");
    }
  }

  @Property(tries = 500)
  void addingWorkingTimeAndMeasuringItAgreeAndAdd(
      @ForAll @IntRange(min = 0, max = 700_000) int startMinutes,
      @ForAll @IntRange(min = 0, max = 10_000) int amountMinutes,
      @ForAll @IntRange(min = 0, max = 20_000) int splitMinutes,
      @ForAll @IntRange(min = 0, max = 3) int calendar) {
    BusinessTime time = new BusinessTime(CALENDARS.get(calendar));
    Instant start = EPOCH.plus(Duration.ofMinutes(startMinutes));
    Duration amount = Duration.ofMinutes(amountMinutes);
    Instant due = time.plus(start, amount).orElseThrow();
    if (!time.between(start, due).equals(amount)) {
      throw new AssertionError("between(start, plus(start, d)) != d for " + start + " + " + amount);
    }
    Instant split = start.plus(Duration.ofMinutes(splitMinutes));
    Instant end = due.isAfter(split) ? due : split.plusSeconds(60);
    Duration whole = time.between(start, end);
    Duration parts = time.between(start, split).plus(time.between(split, end));
    if (!whole.equals(parts)) {
      throw new AssertionError("working time is not additive around " + split);
    }
  }

  @Provide
  Arbitrary<List<TicketFact>> tickets() {
    return tickets(
        Arbitraries.of(
            TicketFact.Kind.AGENT_REPLIED,
            TicketFact.Kind.REQUESTER_REPLIED,
            TicketFact.Kind.PAUSED,
            TicketFact.Kind.RESUMED,
            TicketFact.Kind.RESOLVED,
            TicketFact.Kind.REOPENED));
  }

  @Provide
  Arbitrary<List<TicketFact>> ticketsWithoutPauses() {
    return tickets(
        Arbitraries.of(
            TicketFact.Kind.AGENT_REPLIED,
            TicketFact.Kind.REQUESTER_REPLIED,
            TicketFact.Kind.RESOLVED,
            TicketFact.Kind.REOPENED));
  }

  private static Arbitrary<List<TicketFact>> tickets(Arbitrary<TicketFact.Kind> kinds) {
    Arbitrary<Integer> gaps = Arbitraries.integers().between(0, 5_000);
    Arbitrary<List<Map.Entry<Integer, TicketFact.Kind>>> steps =
        Combinators.combine(gaps, kinds).as(Map::entry).list().ofMaxSize(12);
    return Combinators.combine(Arbitraries.integers().between(0, 200_000), steps)
        .as(
            (openedMinute, list) -> {
              List<TicketFact> facts = new ArrayList<>();
              Instant at = EPOCH.plus(Duration.ofMinutes(openedMinute));
              facts.add(TicketFact.opened(at, policy(Calendars.taipei2025())));
              for (Map.Entry<Integer, TicketFact.Kind> step : list) {
                at = at.plus(Duration.ofMinutes(step.getKey()));
                facts.add(TicketFact.of(at, step.getValue()));
              }
              return facts;
            });
  }

  private static List<TicketFact> withCalendar(List<TicketFact> facts, BusinessCalendar calendar) {
    List<TicketFact> copy = new ArrayList<>(facts);
    copy.set(0, TicketFact.opened(facts.get(0).at(), policy(calendar)));
    return copy;
  }

  private static SlaPolicy policy(BusinessCalendar calendar) {
    return new SlaPolicy(
        "P3",
        calendar,
        Map.of(
            SlaMetric.FIRST_RESPONSE, Duration.ofHours(4),
            SlaMetric.NEXT_RESPONSE, Duration.ofHours(2),
            SlaMetric.RESOLUTION, Duration.ofHours(16)),
        80);
  }
}
