package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.DayKind;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A calendar as an admin defines it, parsed from the API's text form: every bad value becomes a
 * localized 400 naming it before anything is stored.
 */
public record CalendarDefinition(String name, ZoneId zone, WeeklyHours week) {

  public static CalendarDefinition of(
      String name, String timeZone, Map<String, List<String>> week) {
    return new CalendarDefinition(name.strip(), zone(timeZone), week(week));
  }

  static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      throw bad("calendar.unknown-zone", timeZone);
    }
  }

  static WeeklyHours week(Map<String, List<String>> week) {
    Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
    week.forEach(
        (day, stretches) -> {
          DayOfWeek weekday = weekday(day);
          if (hours.containsKey(weekday)) {
            throw bad("calendar.weekday-twice", day);
          }
          hours.put(weekday, hours(stretches));
        });
    try {
      return WeeklyHours.of(hours);
    } catch (IllegalArgumentException e) {
      throw hours.values().stream().allMatch(List::isEmpty)
          ? bad("calendar.no-working-time")
          : bad("calendar.overlapping-hours", e.getMessage());
    }
  }

  /** A dated exception as an admin sets it; hours only for a working day. */
  public static CalendarDay day(LocalDate date, String kind, String note, List<String> hours) {
    DayKind dayKind;
    try {
      dayKind = DayKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("calendar.unknown-day-kind", kind, "HOLIDAY, WORKING_DAY");
    }
    List<WorkingHours> stretches = hours(hours == null ? List.of() : hours);
    if (dayKind == DayKind.HOLIDAY && !stretches.isEmpty()) {
      throw bad("calendar.holiday-with-hours", date);
    }
    if (!stretches.isEmpty()) {
      try {
        WeeklyHours.of(Map.of(date.getDayOfWeek(), stretches));
      } catch (IllegalArgumentException e) {
        throw bad("calendar.overlapping-hours", e.getMessage());
      }
    }
    return new CalendarDay(date, dayKind, note, stretches);
  }

  private static List<WorkingHours> hours(List<String> stretches) {
    List<WorkingHours> hours = new ArrayList<>();
    for (String stretch : stretches) {
      try {
        hours.add(WorkingHours.parse(stretch));
      } catch (RuntimeException e) { // IllegalArgumentException, DateTimeParseException
        throw bad("calendar.bad-hours", stretch);
      }
    }
    return hours;
  }

  private static DayOfWeek weekday(String day) {
    String upper = day.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek weekday : DayOfWeek.values()) {
      if (weekday.name().equals(upper) || weekday.name().substring(0, 3).equals(upper)) {
        return weekday;
      }
    }
    throw bad("calendar.unknown-weekday", day);
  }

  private static ApiException bad(String key, Object... args) {
    return new ApiException(ProblemKind.BAD_REQUEST, key, args);
  }
}
