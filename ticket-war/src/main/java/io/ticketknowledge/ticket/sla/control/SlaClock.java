package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.SlaEntry;
import io.ticketknowledge.ticket.sla.entity.SlaMetric;
import io.ticketknowledge.ticket.sla.entity.SlaPolicy;
import io.ticketknowledge.ticket.sla.entity.SlaStatus;
import io.ticketknowledge.ticket.sla.entity.SlaTimeline;
import io.ticketknowledge.ticket.sla.entity.TicketFact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a ticket's facts into its SLA timeline: pure, deterministic, no clock of its own.
 *
 * <p>Each metric's clock consumes working time of the policy in force while it runs, and nothing
 * while the ticket is pending, so a pause can only lower the time consumed. Warnings and breaches
 * are placed at the exact instant their threshold is crossed in working time. A policy change keeps
 * the time consumed and judges it against the new targets from then on (a clock already past a new,
 * shorter target breaches at the change). Clocks run for every metric, measured or not, so a metric
 * that a new policy starts measuring carries the working time it has already used.
 */
public final class SlaClock {

  /**
   * @param facts in time order, starting with {@link TicketFact.Kind#OPENED}; facts after {@code
   *     now} are ignored
   * @throws IllegalArgumentException when the facts are out of order or do not start with OPENED
   */
  public SlaTimeline evaluate(List<TicketFact> facts, Instant now) {
    Replay replay = new Replay();
    Instant previous = null;
    for (TicketFact fact : facts) {
      if (previous == null && fact.kind() != TicketFact.Kind.OPENED) {
        throw new IllegalArgumentException(
            "an SLA timeline starts with OPENED, not " + fact.kind());
      }
      if (previous != null && fact.at().isBefore(previous)) {
        throw new IllegalArgumentException("facts out of order at " + fact.at());
      }
      if (fact.at().isAfter(now)) {
        break;
      }
      replay.advanceTo(fact.at());
      replay.apply(fact);
      previous = fact.at();
    }
    if (previous == null) {
      return new SlaTimeline(List.of(), Map.of());
    }
    replay.advanceTo(now);
    return new SlaTimeline(replay.entries, replay.statuses(now));
  }

  /** The state of one evaluation. */
  private static final class Replay {

    private final Map<SlaMetric, MetricClock> clocks = new EnumMap<>(SlaMetric.class);
    private final List<SlaEntry> entries = new ArrayList<>();
    private SlaPolicy policy;
    private BusinessTime time;
    private Instant accountedUntil;
    private boolean pending;
    private boolean responded;
    private boolean resolved;

    void advanceTo(Instant to) {
      if (accountedUntil == null || !to.isAfter(accountedUntil)) {
        return;
      }
      List<SlaEntry> crossings = new ArrayList<>();
      for (MetricClock clock : clocks.values()) {
        if (clock.state == SlaStatus.State.RUNNING) {
          clock.markCrossings(accountedUntil, to, time, crossings);
          clock.consumed = clock.consumed.plus(time.between(accountedUntil, to));
        }
      }
      crossings.sort(Comparator.comparing(SlaEntry::at));
      entries.addAll(crossings);
      accountedUntil = to;
    }

    void apply(TicketFact fact) {
      Instant at = fact.at();
      switch (fact.kind()) {
        case OPENED -> {
          adopt(fact.policy());
          accountedUntil = at;
          start(SlaMetric.FIRST_RESPONSE, at);
          start(SlaMetric.RESOLUTION, at);
        }
        case AGENT_REPLIED -> {
          responded = true;
          meet(SlaMetric.FIRST_RESPONSE, at);
          meet(SlaMetric.NEXT_RESPONSE, at);
        }
        case REQUESTER_REPLIED -> {
          resume(at);
          if (responded && !resolved && !isActive(SlaMetric.NEXT_RESPONSE)) {
            start(SlaMetric.NEXT_RESPONSE, at);
          }
        }
        case PAUSED -> pause(at);
        case RESUMED -> resume(at);
        case RESOLVED -> {
          resolved = true;
          pending = false;
          responded = true; // the resolution note answers the requester
          meet(SlaMetric.FIRST_RESPONSE, at);
          meet(SlaMetric.NEXT_RESPONSE, at);
          meet(SlaMetric.RESOLUTION, at);
        }
        case REOPENED -> {
          if (resolved) {
            resolved = false;
            pending = false;
            MetricClock resolution = clocks.get(SlaMetric.RESOLUTION);
            resolution.state = SlaStatus.State.RUNNING;
            record(at, resolution, SlaEntry.Kind.RESUMED);
            start(SlaMetric.NEXT_RESPONSE, at);
          }
        }
        case POLICY_CHANGED -> changePolicy(fact.policy(), at);
      }
    }

    private void adopt(SlaPolicy next) {
      policy = next;
      time = new BusinessTime(next.calendar());
    }

    private void start(SlaMetric metric, Instant at) {
      MetricClock clock = new MetricClock(metric, policy);
      clocks.put(metric, clock);
      record(at, clock, SlaEntry.Kind.STARTED);
      if (pending) {
        clock.state = SlaStatus.State.PAUSED;
        record(at, clock, SlaEntry.Kind.PAUSED);
      }
    }

    private boolean isActive(SlaMetric metric) {
      MetricClock clock = clocks.get(metric);
      return clock != null && clock.isActive();
    }

    private void meet(SlaMetric metric, Instant at) {
      MetricClock clock = clocks.get(metric);
      if (clock != null && clock.isActive()) {
        clock.state = SlaStatus.State.MET;
        record(at, clock, SlaEntry.Kind.MET);
      }
    }

    private void pause(Instant at) {
      if (pending || resolved) {
        return;
      }
      pending = true;
      for (MetricClock clock : clocks.values()) {
        if (clock.state == SlaStatus.State.RUNNING) {
          clock.state = SlaStatus.State.PAUSED;
          record(at, clock, SlaEntry.Kind.PAUSED);
        }
      }
    }

    private void resume(Instant at) {
      if (!pending) {
        return;
      }
      pending = false;
      for (MetricClock clock : clocks.values()) {
        if (clock.state == SlaStatus.State.PAUSED) {
          clock.state = SlaStatus.State.RUNNING;
          record(at, clock, SlaEntry.Kind.RESUMED);
        }
      }
    }

    private void changePolicy(SlaPolicy next, Instant at) {
      adopt(next);
      for (MetricClock clock : clocks.values()) {
        boolean wasMeasured = clock.isMeasured();
        clock.retarget(next);
        if (!clock.isActive()) {
          continue;
        }
        if (!clock.isMeasured()) {
          if (wasMeasured) {
            entries.add(clock.entry(at, SlaEntry.Kind.CANCELLED, next.name()));
          }
          continue;
        }
        record(at, clock, SlaEntry.Kind.POLICY_CHANGED);
        clock.markPassedThresholds(at, entries);
      }
    }

    private void record(Instant at, MetricClock clock, SlaEntry.Kind kind) {
      if (clock.isMeasured()) {
        entries.add(clock.entry(at, kind, policy.name()));
      }
    }

    Map<SlaMetric, SlaStatus> statuses(Instant now) {
      Map<SlaMetric, SlaStatus> statuses = new EnumMap<>(SlaMetric.class);
      for (MetricClock clock : clocks.values()) {
        if (clock.isMeasured()) {
          statuses.put(clock.metric, clock.status(now, time));
        }
      }
      return statuses;
    }
  }

  /** One metric's clock: its state, working time consumed, and verdicts so far. */
  private static final class MetricClock {

    private final SlaMetric metric;
    private SlaStatus.State state = SlaStatus.State.RUNNING;
    private Duration consumed = Duration.ZERO;
    private Duration target;
    private Duration warnAfter;
    private String policyName;
    private boolean warned;
    private boolean breached;
    private Instant breachedAt;

    MetricClock(SlaMetric metric, SlaPolicy policy) {
      this.metric = metric;
      retarget(policy);
    }

    void retarget(SlaPolicy policy) {
      policyName = policy.name();
      target = policy.target(metric).orElse(null);
      warnAfter = target == null ? null : policy.warningAfter(target);
    }

    boolean isMeasured() {
      return target != null;
    }

    boolean isActive() {
      return state == SlaStatus.State.RUNNING || state == SlaStatus.State.PAUSED;
    }

    /** Warning and breach instants strictly inside {@code [from, to)} of running time. */
    void markCrossings(Instant from, Instant to, BusinessTime time, List<SlaEntry> into) {
      if (!isMeasured()) {
        return;
      }
      if (!warned) {
        Instant at = crossing(from, warnAfter, time);
        if (at != null && at.isBefore(to)) {
          warned = true;
          into.add(new SlaEntry(at, metric, SlaEntry.Kind.WARNING, warnAfter, target, policyName));
        }
      }
      if (!breached) {
        Instant at = crossing(from, target, time);
        if (at != null && at.isBefore(to)) {
          breached = true;
          breachedAt = at;
          into.add(new SlaEntry(at, metric, SlaEntry.Kind.BREACHED, target, target, policyName));
        }
      }
    }

    /** After a policy change: thresholds the consumed time already passed count from now. */
    void markPassedThresholds(Instant at, List<SlaEntry> into) {
      if (!warned && consumed.compareTo(warnAfter) >= 0) {
        warned = true;
        into.add(entry(at, SlaEntry.Kind.WARNING, policyName));
      }
      if (!breached && consumed.compareTo(target) >= 0) {
        breached = true;
        breachedAt = at;
        into.add(entry(at, SlaEntry.Kind.BREACHED, policyName));
      }
    }

    private Instant crossing(Instant from, Duration threshold, BusinessTime time) {
      Duration left = threshold.minus(consumed);
      return time.plus(from, left.isNegative() ? Duration.ZERO : left).orElse(null);
    }

    SlaEntry entry(Instant at, SlaEntry.Kind kind, String policy) {
      return new SlaEntry(at, metric, kind, consumed, target, policy);
    }

    SlaStatus status(Instant now, BusinessTime time) {
      Instant dueAt = null;
      if (breached) {
        dueAt = breachedAt;
      } else if (state == SlaStatus.State.RUNNING) {
        dueAt = time.plus(now, target.minus(consumed)).orElse(null);
      }
      return new SlaStatus(metric, state, consumed, target, dueAt, warned, breached);
    }
  }
}
