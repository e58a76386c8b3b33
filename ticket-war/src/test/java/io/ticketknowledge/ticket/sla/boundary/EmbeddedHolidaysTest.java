package io.ticketknowledge.ticket.sla.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.ticketknowledge.ticket.sla.control.ImportedDays;
import io.ticketknowledge.ticket.sla.control.TaiwanOfficeCalendarCsv;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.DayKind;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2026 holidays the embedded profile seeds read as the government file would. */
class EmbeddedHolidaysTest {

  @Test
  void the2026FileGivesTheWeekdayHolidaysOfTaiwan() throws Exception {
    WeeklyHours office =
        WeeklyHours.mondayToFriday(
            WorkingHours.parse("08:30-12:30"), WorkingHours.parse("13:30-17:30"));
    try (InputStream file = EmbeddedSlaSeed.class.getResourceAsStream(EmbeddedSlaSeed.HOLIDAYS)) {
      assertNotNull(file, EmbeddedSlaSeed.HOLIDAYS);
      ImportedDays days =
          new TaiwanOfficeCalendarCsv(office)
              .read(new InputStreamReader(file, StandardCharsets.UTF_8));
      List<LocalDate> holidays =
          days.days().stream()
              .filter(d -> d.kind() == DayKind.HOLIDAY)
              .map(CalendarDay::date)
              .toList();
      assertEquals(365, days.days().size() + days.unchanged(), "one row per date of 2026");
      assertEquals(
          List.of(
              "2026-01-01",
              "2026-02-16",
              "2026-02-17",
              "2026-02-18",
              "2026-02-19",
              "2026-02-20",
              "2026-02-27",
              "2026-04-03",
              "2026-04-06",
              "2026-05-01",
              "2026-06-19",
              "2026-09-25",
              "2026-09-28",
              "2026-10-09",
              "2026-10-26",
              "2026-12-25"),
          holidays.stream().map(LocalDate::toString).toList());
      assertEquals(
          List.of(),
          days.days().stream().filter(d -> d.kind() == DayKind.WORKING_DAY).toList(),
          "the package knows no make-up working day in 2026 (decision 0014)");
    }
  }
}
