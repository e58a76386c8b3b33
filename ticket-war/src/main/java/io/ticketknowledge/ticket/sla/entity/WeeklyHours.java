package io.ticketknowledge.ticket.sla.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The working hours of an ordinary week: per weekday, sorted stretches that never overlap. */
public final class WeeklyHours {

  private final Map<DayOfWeek, List<WorkingHours>> days;

  private WeeklyHours(Map<DayOfWeek, List<WorkingHours>> days) {
    this.days = days;
  }

  /**
   * @throws IllegalArgumentException when stretches of one day overlap, or no day has any
   */
  public static WeeklyHours of(Map<DayOfWeek, List<WorkingHours>> hours) {
    Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
    hours.forEach(
        (day, stretches) -> {
          List<WorkingHours> sorted = new ArrayList<>(stretches);
          Collections.sort(sorted);
          for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
              throw new IllegalArgumentException(
                  "overlapping working hours on "
                      + day
                      + ": "
                      + sorted.get(i - 1)
                      + ", "
                      + sorted.get(i));
            }
          }
          if (!sorted.isEmpty()) {
            days.put(day, List.copyOf(sorted));
          }
        });
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs working hours on at least one weekday");
    }
    return new WeeklyHours(days);
  }

  /** The same stretches on each of {@code weekdays}. */
  public static WeeklyHours on(Set<DayOfWeek> weekdays, WorkingHours... stretches) {
    Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
    weekdays.forEach(day -> hours.put(day, List.of(stretches)));
    return of(hours);
  }

  /** Monday to Friday with the given stretches, e.g. 08:30–12:30 and 13:30–17:30. */
  public static WeeklyHours mondayToFriday(WorkingHours... stretches) {
    return on(
        Set.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY),
        stretches);
  }

  /** Every day, all day. */
  public static WeeklyHours roundTheClock() {
    return on(Set.of(DayOfWeek.values()), new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
  }

  public List<WorkingHours> on(DayOfWeek day) {
    return days.getOrDefault(day, List.of());
  }

  public boolean isWorkingDay(DayOfWeek day) {
    return days.containsKey(day);
  }

  /**
   * The hours of an ordinary working day: what a make-up working day without hours of its own gets
   * (the first working weekday from Monday on).
   */
  public List<WorkingHours> ordinaryDay() {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.containsKey(day)) {
        return days.get(day);
      }
    }
    throw new IllegalStateException("no working day");
  }

  public Map<DayOfWeek, List<WorkingHours>> asMap() {
    return Collections.unmodifiableMap(days);
  }

  /** {@code MONDAY=08:30-12:30,13:30-17:30;TUESDAY=...}: how the week is stored. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    days.forEach(
        (day, stretches) -> {
          if (!text.isEmpty()) {
            text.append(';');
          }
          text.append(day).append('=');
          text.append(String.join(",", stretches.stream().map(WorkingHours::toString).toList()));
        });
    return text.toString();
  }

  /** Reads what {@link #toText()} wrote. */
  public static WeeklyHours fromText(String text) {
    Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
    for (String day : text.split(";")) {
      String[] parts = day.split("=", 2);
      List<WorkingHours> stretches = new ArrayList<>();
      for (String stretch : parts[1].split(",")) {
        stretches.add(WorkingHours.parse(stretch));
      }
      hours.put(DayOfWeek.valueOf(parts[0]), stretches);
    }
    return of(hours);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklyHours weekly && days.equals(weekly.days);
  }

  @Override
  public int hashCode() {
    return days.hashCode();
  }

  @Override
  public String toString() {
    return days.toString();
  }
}
