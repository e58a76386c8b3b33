package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.LocalDate;
import java.util.List;

public record CalendarDayView(LocalDate date, String kind, String note, List<String> hours) {

  static CalendarDayView of(CalendarDay day) {
    return new CalendarDayView(
        day.date(),
        day.kind().name(),
        day.note(),
        day.hours().stream().map(WorkingHours::toString).toList());
  }
}
