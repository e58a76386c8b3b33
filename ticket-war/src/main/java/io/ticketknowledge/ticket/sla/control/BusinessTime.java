package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Arithmetic in working time of one calendar. Working stretches are placed on the time line in the
 * calendar's zone, so a stretch that spans a clock change lasts what the wall clock says it lasts
 * (an hour less in spring, an hour more in autumn).
 */
public final class BusinessTime {

  /** How far {@link #plus} looks ahead before it declares that no working time is left. */
  static final int HORIZON_DAYS = 3 * 366;

  private final BusinessCalendar calendar;

  public BusinessTime(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /** Working time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = localDate(to);
    for (LocalDate day = localDate(from).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      for (WorkingHours hours : calendar.hoursOn(day)) {
        Instant start = max(from, start(day, hours));
        Instant end = min(to, end(day, hours));
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of working time has passed since {@code from} (a target
   * that ends with a working stretch is due at the stretch's end, e.g. 17:30, not at the next
   * morning). Empty when the calendar has no such time within three years.
   */
  public Optional<Instant> plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative working time: " + amount);
    }
    if (amount.isZero()) {
      return Optional.of(from);
    }
    Duration left = amount;
    LocalDate first = localDate(from).minusDays(1);
    for (LocalDate day = first; day.isBefore(first.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
      for (WorkingHours hours : calendar.hoursOn(day)) {
        Instant start = max(from, start(day, hours));
        Instant end = end(day, hours);
        if (!start.isBefore(end)) {
          continue;
        }
        Duration available = Duration.between(start, end);
        if (left.compareTo(available) <= 0) {
          return Optional.of(start.plus(left));
        }
        left = left.minus(available);
      }
    }
    return Optional.empty();
  }

  private LocalDate localDate(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  private Instant start(LocalDate day, WorkingHours hours) {
    // a start inside a spring-forward gap moves to the first valid instant after it
    return ZonedDateTime.of(day, hours.start(), calendar.zone()).toInstant();
  }

  private Instant end(LocalDate day, WorkingHours hours) {
    if (hours.endsAtEndOfDay()) {
      return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }
    return ZonedDateTime.of(day, hours.end(), calendar.zone()).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
