package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.ticket.sla.entity.WorkCalendar;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A calendar with its week; its dated exceptions are listed at {@code /calendars/{id}/days}. */
public record CalendarView(
    long id,
    String name,
    String timeZone,
    Map<String, List<String>> week,
    int exceptionDays,
    OffsetDateTime updatedAt,
    long version) {

  static CalendarView of(WorkCalendar calendar) {
    Map<String, List<String>> week = new LinkedHashMap<>();
    calendar
        .week()
        .asMap()
        .forEach(
            (day, stretches) ->
                week.put(day.name(), stretches.stream().map(WorkingHours::toString).toList()));
    return new CalendarView(
        calendar.id(),
        calendar.name(),
        calendar.zone().getId(),
        week,
        calendar.days().size(),
        calendar.updatedAt(),
        calendar.version());
  }
}
