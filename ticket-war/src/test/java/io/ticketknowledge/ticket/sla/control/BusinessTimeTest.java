package io.ticketknowledge.ticket.sla.control;

import static io.ticketknowledge.ticket.sla.control.Calendars.newYork;
import static io.ticketknowledge.ticket.sla.control.Calendars.taipei;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.sla.entity.BusinessCalendar;
import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import io.ticketknowledge.ticket.sla.entity.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessTimeTest {

  static Stream<Arguments> dueDates() {
    BusinessCalendar taipei = Calendars.taipei2025();
    BusinessCalendar plain = Calendars.taipeiPlainWeeks();
    return Stream.of(
        // calendar, start (local), working time, due (local), why
        row(taipei, "2025-01-06T09:00", "PT2H", "2025-01-06T11:00", "within the morning"),
        row(
            taipei,
            "2025-01-06T11:00",
            "PT2H",
            "2025-01-06T14:00",
            "the lunch hour does not count"),
        row(
            taipei,
            "2025-01-06T16:30",
            "PT1H",
            "2025-01-06T17:30",
            "due at the end of the day, not the next morning"),
        row(taipei, "2025-01-06T16:30", "PT1H1M", "2025-01-07T08:31", "overnight"),
        row(taipei, "2025-01-10T16:30", "PT2H", "2025-01-13T09:30", "over a weekend"),
        row(taipei, "2025-01-11T22:00", "PT30M", "2025-01-13T09:00", "opened on a Saturday night"),
        row(taipei, "2025-01-06T07:00", "PT30M", "2025-01-06T09:00", "opened before office hours"),
        row(taipei, "2024-12-31T17:00", "PT1H", "2025-01-02T09:00", "over New Year's Day"),
        row(
            taipei,
            "2025-01-24T16:30",
            "PT16H",
            "2025-02-04T16:30",
            "over the adjusted holiday and the Lunar New Year"),
        row(plain, "2025-01-24T16:30", "PT16H", "2025-01-28T16:30", "the same without holidays"),
        row(
            taipei,
            "2025-02-07T09:30",
            "PT16H",
            "2025-02-10T09:30",
            "on the make-up working Saturday"),
        row(
            plain,
            "2025-02-07T09:30",
            "PT16H",
            "2025-02-11T09:30",
            "the same without the make-up day"),
        row(
            taipei,
            "2025-02-27T17:00",
            "PT1H",
            "2025-03-03T09:00",
            "Peace Memorial Day on a Friday"),
        row(taipei, "2025-01-06T09:00", "PT0S", "2025-01-06T09:00", "nothing to wait for"),
        row(taipei, "2025-01-06T09:00", "PT40H", "2025-01-13T09:00", "a full working week"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("dueDates")
  void dueDatesInTaipei(
      BusinessCalendar calendar, String start, String amount, String due, String why) {
    BusinessTime time = new BusinessTime(calendar);
    assertEquals(taipei(due), time.plus(taipei(start), Duration.parse(amount)).orElseThrow(), why);
    assertEquals(Duration.parse(amount), time.between(taipei(start), taipei(due)), why);
  }

  @Test
  void aSpringForwardDayHasTwentyThreeHoursAndAnAutumnDayTwentyFive() {
    BusinessTime allDay = new BusinessTime(Calendars.newYorkAroundTheClock());
    assertEquals(
        Duration.ofHours(23),
        allDay.between(newYork("2025-03-09T00:00"), newYork("2025-03-10T00:00")));
    assertEquals(
        Duration.ofHours(25),
        allDay.between(newYork("2025-11-02T00:00"), newYork("2025-11-03T00:00")));
    assertEquals(
        newYork("2025-03-09T04:00"),
        allDay.plus(newYork("2025-03-09T00:00"), Duration.ofHours(3)).orElseThrow());
  }

  @Test
  void workingHoursThroughAClockChangeLastWhatTheWallClockSays() {
    BusinessCalendar night =
        BusinessCalendar.of(
            "night shift",
            Calendars.NEW_YORK,
            WeeklyHours.on(java.util.Set.of(DayOfWeek.SUNDAY), WorkingHours.parse("01:00-04:00")),
            List.of());
    BusinessTime time = new BusinessTime(night);
    // 02:00–03:00 does not exist on 9 March 2025 in New York
    assertEquals(
        Duration.ofHours(2),
        time.between(newYork("2025-03-09T00:00"), newYork("2025-03-10T00:00")));
    // 01:00–02:00 happens twice on 2 November 2025
    assertEquals(
        Duration.ofHours(4),
        time.between(newYork("2025-11-02T00:00"), newYork("2025-11-03T00:00")));
  }

  @Test
  void aNewYorkDeskServesATaipeiTicketInNewYorkHours() {
    BusinessTime time = new BusinessTime(Calendars.newYorkOffice());
    // Monday 10 March 2025, 09:00 in Taipei is Sunday 21:00 in New York (already on summer time)
    assertEquals(
        newYork("2025-03-10T11:00"),
        time.plus(taipei("2025-03-10T09:00"), Duration.ofHours(2)).orElseThrow());
    // Tuesday 00:00 in Taipei is Monday noon in New York on summer time, 11:00 a week earlier
    assertEquals(
        newYork("2025-03-10T14:00"),
        time.plus(taipei("2025-03-11T00:00"), Duration.ofHours(2)).orElseThrow());
    assertEquals(
        newYork("2025-03-03T13:00"),
        time.plus(taipei("2025-03-04T00:00"), Duration.ofHours(2)).orElseThrow());
  }

  @Test
  void aCalendarWithoutWorkingTimeAheadHasNoDueDate() {
    BusinessCalendar closed =
        BusinessCalendar.of(
            "closed",
            Calendars.TAIPEI,
            WeeklyHours.on(java.util.Set.of(DayOfWeek.MONDAY), WorkingHours.parse("09:00-10:00")),
            Stream.iterate(LocalDate.of(2025, 1, 6), d -> d.plusWeeks(1))
                .limit(60 * 53)
                .map(d -> CalendarDay.holiday(d, "closed"))
                .toList());
    assertTrue(
        new BusinessTime(closed).plus(taipei("2025-01-01T00:00"), Duration.ofHours(1)).isEmpty());
  }

  @Test
  void badHoursAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("12:00-09:00"));
    assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("nine to five"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WeeklyHours.of(
                Map.of(
                    DayOfWeek.MONDAY,
                    List.of(
                        WorkingHours.parse("09:00-12:00"), WorkingHours.parse("11:00-13:00")))));
    assertThrows(IllegalArgumentException.class, () -> WeeklyHours.of(Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BusinessTime(Calendars.taipei2025())
                .plus(taipei("2025-01-06T09:00"), Duration.ofHours(-1)));
  }

  private static Arguments row(
      BusinessCalendar calendar, String start, String amount, String due, String why) {
    return Arguments.of(calendar, start, amount, due, why);
  }
}
