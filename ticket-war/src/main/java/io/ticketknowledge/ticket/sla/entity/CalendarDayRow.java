package io.ticketknowledge.ticket.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stored {@link CalendarDay}: its hours as {@code 08:30-12:30,13:30-17:30} or empty. */
@Embeddable
public class CalendarDayRow {

  @Column(name = "calendar_date", nullable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DayKind kind;

  @Column(nullable = false, length = 200)
  private String note;

  @Column(nullable = false, length = 200)
  private String hours;

  protected CalendarDayRow() {}

  static CalendarDayRow of(CalendarDay day) {
    CalendarDayRow row = new CalendarDayRow();
    row.date = day.date();
    row.kind = day.kind();
    row.note = day.note();
    row.hours = String.join(",", day.hours().stream().map(WorkingHours::toString).toList());
    return row;
  }

  CalendarDay toDay() {
    List<WorkingHours> stretches = new ArrayList<>();
    if (!hours.isBlank()) {
      for (String stretch : hours.split(",")) {
        stretches.add(WorkingHours.parse(stretch));
      }
    }
    return new CalendarDay(date, kind, note, stretches);
  }

  LocalDate date() {
    return date;
  }
}
