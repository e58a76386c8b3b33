package io.ticketknowledge.ticket.sla.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date that departs from the ordinary week, with a note (e.g. 開國紀念日, 補行上班). A working day without
 * hours of its own works the ordinary day's hours.
 */
public record CalendarDay(LocalDate date, DayKind kind, String note, List<WorkingHours> hours) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    note = note == null ? "" : note.strip();
    hours = hours == null ? List.of() : List.copyOf(hours);
    if (kind == DayKind.HOLIDAY && !hours.isEmpty()) {
      throw new IllegalArgumentException("a holiday has no working hours: " + date);
    }
  }

  public static CalendarDay holiday(LocalDate date, String note) {
    return new CalendarDay(date, DayKind.HOLIDAY, note, List.of());
  }

  public static CalendarDay workingDay(LocalDate date, String note) {
    return new CalendarDay(date, DayKind.WORKING_DAY, note, List.of());
  }
}
