package io.ticketknowledge.ticket.sla.entity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Targets in working time of {@code calendar}, and how early to warn: at {@code warningPercent} of
 * a target (e.g. 80). A metric without a target is not measured.
 */
public record SlaPolicy(
    String name, BusinessCalendar calendar, Map<SlaMetric, Duration> targets, int warningPercent) {

  public SlaPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(calendar, "calendar");
    Map<SlaMetric, Duration> copy = new EnumMap<>(SlaMetric.class);
    targets.forEach(
        (metric, target) -> {
          if (target == null || target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("the " + metric + " target must be positive");
          }
          copy.put(metric, target);
        });
    targets = Map.copyOf(copy);
    if (warningPercent < 1 || warningPercent > 99) {
      throw new IllegalArgumentException("warning must be between 1 and 99 percent of the target");
    }
  }

  public Optional<Duration> target(SlaMetric metric) {
    return Optional.ofNullable(targets.get(metric));
  }

  /** The working time after which a warning is due: the percentage of the target, rounded down. */
  public Duration warningAfter(Duration target) {
    return target.multipliedBy(warningPercent).dividedBy(100);
  }
}
