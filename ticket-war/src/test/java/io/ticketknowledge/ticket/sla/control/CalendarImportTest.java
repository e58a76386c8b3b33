package io.ticketknowledge.ticket.sla.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.DayKind;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarImportTest {

  private final TaiwanOfficeCalendarCsv csv = new TaiwanOfficeCalendarCsv(Calendars.TAIPEI_OFFICE);
  private final IcsHolidayCalendar ics = new IcsHolidayCalendar(Calendars.TAIPEI_OFFICE);

  /** The rows of the government's 2025 office calendar around the Lunar New Year, as published. */
  private static final String OFFICE_CALENDAR_2025 =
      """
      \uFEFF西元日期,星期,是否放假,備註
      20250124,五,0,
      20250125,六,2,
      20250126,日,2,
      20250127,一,2,調整放假
      20250128,二,2,農曆除夕
      20250129,三,2,春節
      20250130,四,2,春節
      20250131,五,2,春節
      20250201,六,2,
      20250202,日,2,
      20250203,一,0,
      20250208,六,0,補行上班
      "20250228","五","2","和平紀念日"
      """;

  @Test
  void theOfficeCalendarKeepsHolidaysOnWeekdaysAndTheMakeUpSaturday() {
    ImportedDays imported = csv.read(new StringReader(OFFICE_CALENDAR_2025));

    assertEquals(
        List.of(
            CalendarDay.holiday(LocalDate.of(2025, 1, 27), "調整放假"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 28), "農曆除夕"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 29), "春節"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 30), "春節"),
            CalendarDay.holiday(LocalDate.of(2025, 1, 31), "春節"),
            CalendarDay.workingDay(LocalDate.of(2025, 2, 8), "補行上班"),
            CalendarDay.holiday(LocalDate.of(2025, 2, 28), "和平紀念日")),
        imported.days());
    assertEquals(6, imported.unchanged()); // ordinary weekdays and weekends
  }

  @Test
  void anImportedCalendarComputesTheSameDueDateAsTheHandMadeOne() {
    BusinessCalendar imported =
        BusinessCalendar.of("imported", Calendars.TAIPEI, Calendars.TAIPEI_OFFICE, List.of())
            .with(csv.read(new StringReader(OFFICE_CALENDAR_2025)).days());
    BusinessTime time = new BusinessTime(imported);
    assertEquals(
        Calendars.taipei("2025-02-10T09:30"),
        time.plus(Calendars.taipei("2025-02-07T09:30"), Duration.ofHours(16)).orElseThrow());
  }

  @Test
  void aBadRowIsRefusedWithItsLineNumber() {
    CalendarImportException date =
        assertThrows(
            CalendarImportException.class,
            () -> csv.read(new StringReader("西元日期,星期,是否放假,備註\n20250124,五,0,\n2025-01-25,六,2,\n")));
    assertEquals(3, date.line());

    CalendarImportException weekday =
        assertThrows(
            CalendarImportException.class, () -> csv.read(new StringReader("20250124,六,0,\n")));
    assertEquals(1, weekday.line());
    assertTrue(weekday.getMessage().contains("FRIDAY"));

    assertEquals(
        1,
        assertThrows(
                CalendarImportException.class, () -> csv.read(new StringReader("20250124,五,1,\n")))
            .line());
    assertEquals(
        2,
        assertThrows(
                CalendarImportException.class,
                () -> csv.read(new StringReader("20250124,五,0,\n20250124,五,0,\n")))
            .line());
    assertThrows(
        CalendarImportException.class, () -> csv.read(new StringReader("西元日期,星期,是否放假,備註\n")));
  }

  @Test
  void anIcsFeedGivesHolidaysOverSeveralDaysAndRecognisesMakeUpDays() {
    String feed =
        """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Example//Taiwan holidays//ZH
        BEGIN:VEVENT
        UID:1@example
        DTSTART;VALUE=DATE:20250127
        DTEND;VALUE=DATE:20250201
        SUMMARY:春節\\, 調整放假
        END:VEVENT
        BEGIN:VEVENT
        UID:2@example
        DTSTART;VALUE=DATE:20250208
        SUMMARY:補行上班
        END:VEVENT
        BEGIN:VEVENT
        UID:3@example
        DTSTART:20250228
        SUMMARY:和平紀念日 (Peace
          Memorial Day)
        END:VEVENT
        BEGIN:VEVENT
        UID:4@example
        DTSTART:20250210T100000Z
        SUMMARY:a meeting, not a holiday
        END:VEVENT
        BEGIN:VEVENT
        UID:5@example
        DTSTART;VALUE=DATE:20250201
        SUMMARY:a Saturday holiday changes nothing
        END:VEVENT
        END:VCALENDAR
        """;
    ImportedDays imported = ics.read(new StringReader(feed));
    List<CalendarDay> days = imported.days();
    assertEquals(7, days.size());
    assertEquals(CalendarDay.holiday(LocalDate.of(2025, 1, 27), "春節, 調整放假"), days.get(0));
    assertEquals(LocalDate.of(2025, 1, 31), days.get(4).date());
    assertEquals(DayKind.WORKING_DAY, days.get(5).kind());
    assertEquals(
        CalendarDay.holiday(LocalDate.of(2025, 2, 28), "和平紀念日 (Peace Memorial Day)"), days.get(6));
    assertEquals(1, imported.unchanged());
  }

  @Test
  void aFileThatIsNoCalendarIsRefused() {
    assertThrows(CalendarImportException.class, () -> ics.read(new StringReader("hello")));
    CalendarImportException noStart =
        assertThrows(
            CalendarImportException.class,
            () ->
                ics.read(
                    new StringReader(
                        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")));
    assertEquals(2, noStart.line());
    assertThrows(
        CalendarImportException.class,
        () ->
            ics.read(
                new StringReader(
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20250301\nDTEND;VALUE=DATE:20250101\nEND:VEVENT\nEND:VCALENDAR\n")));
  }
}
