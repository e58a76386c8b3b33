package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Calendars the SLA tests share: Taipei office hours with the real 2025 Lunar New Year changes. */
final class Calendars {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** 08:30–12:30 and 13:30–17:30, Monday to Friday: eight working hours a day. */
  static final WeeklyHours TAIPEI_OFFICE =
      WeeklyHours.mondayToFriday(
          WorkingHours.parse("08:30-12:30"), WorkingHours.parse("13:30-17:30"));

  /**
   * 2025 as the government office calendar had it: 27 January an adjusted holiday (調整放假), 28
   * January to 2 February the Lunar New Year, 8 February a make-up working Saturday (補行上班), and 28
   * February Peace Memorial Day.
   */
  static BusinessCalendar taipei2025() {
    return BusinessCalendar.of(
        "Taipei office",
        TAIPEI,
        TAIPEI_OFFICE,
        List.of(
            CalendarDay.holiday(LocalDate.of(2025, 1, 1), "開國紀念日"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 27), "調整放假"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 28), "農曆除夕"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 29), "春節"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 30), "春節"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 31), "春節"),
            CalendarDay.workingDay(LocalDate.of(2025, 2, 8), "補行上班"),
            CalendarDay.holiday(LocalDate.of(2025, 2, 28), "和平紀念日")));
  }

  /** The same week without any holiday or make-up day. */
  static BusinessCalendar taipeiPlainWeeks() {
    return BusinessCalendar.of("plain", TAIPEI, TAIPEI_OFFICE, List.of());
  }

  /** New York, 09:00–17:00 on weekdays: its clock changes on 9 March and 2 November 2025. */
  static BusinessCalendar newYorkOffice() {
    return BusinessCalendar.of(
        "New York",
        NEW_YORK,
        WeeklyHours.mondayToFriday(WorkingHours.parse("09:00-17:00")),
        List.of());
  }

  static BusinessCalendar newYorkAroundTheClock() {
    return BusinessCalendar.of("New York 24x7", NEW_YORK, WeeklyHours.roundTheClock(), List.of());
  }

  static Instant taipei(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(TAIPEI).toInstant();
  }

  static Instant newYork(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  private Calendars() {}
}
