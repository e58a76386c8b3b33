package io.ticketknowledge.ticket.sla.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When a support team works: a time zone, the ordinary week, and the dates that depart from it
 * (holidays, make-up working days). Times are local to {@code zone}, so a clock change shortens or
 * lengthens the day there and nowhere else.
 */
public record BusinessCalendar(
    String name, ZoneId zone, WeeklyHours week, Map<LocalDate, CalendarDay> exceptions) {

  public BusinessCalendar {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(week, "week");
    exceptions = Map.copyOf(exceptions == null ? Map.of() : exceptions);
  }

  public static BusinessCalendar of(
      String name, ZoneId zone, WeeklyHours week, Collection<CalendarDay> days) {
    Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
    for (CalendarDay day : days) {
      if (byDate.put(day.date(), day) != null) {
        throw new IllegalArgumentException("date listed twice: " + day.date());
      }
    }
    return new BusinessCalendar(name, zone, week, byDate);
  }

  /** A copy with {@code days} added, replacing what the calendar said of the same dates. */
  public BusinessCalendar with(Collection<CalendarDay> days) {
    Map<LocalDate, CalendarDay> merged = new TreeMap<>(exceptions);
    days.forEach(day -> merged.put(day.date(), day));
    return new BusinessCalendar(name, zone, week, merged);
  }

  /** The working stretches of {@code date}, in its local time. */
  public List<WorkingHours> hoursOn(LocalDate date) {
    CalendarDay exception = exceptions.get(date);
    if (exception == null) {
      return week.on(date.getDayOfWeek());
    }
    return switch (exception.kind()) {
      case HOLIDAY -> List.of();
      case WORKING_DAY -> exception.hours().isEmpty() ? week.ordinaryDay() : exception.hours();
    };
  }
}
