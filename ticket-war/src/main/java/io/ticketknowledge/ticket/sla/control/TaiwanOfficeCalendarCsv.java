package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the office calendar that Taiwan's Directorate-General of Personnel Administration publishes
 * each year (data.gov.tw 「中華民國政府行政機關辦公日曆表」): one row per date, {@code 西元日期,星期,是否放假,備註} with the
 * date as {@code yyyyMMdd}, the weekday in Chinese, {@code 2} for a day off and {@code 0} for a
 * working day, and a note such as 開國紀念日 or 補行上班.
 *
 * <p>Only dates that depart from the calendar's ordinary week are kept: a day off on a working
 * weekday becomes a holiday, a working Saturday (補行上班日) a working day. The weekday column is
 * checked against the date, so a shifted or foreign file is refused instead of half imported.
 */
public final class TaiwanOfficeCalendarCsv {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "一", DayOfWeek.MONDAY,
          "二", DayOfWeek.TUESDAY,
          "三", DayOfWeek.WEDNESDAY,
          "四", DayOfWeek.THURSDAY,
          "五", DayOfWeek.FRIDAY,
          "六", DayOfWeek.SATURDAY,
          "日", DayOfWeek.SUNDAY);

  private final WeeklyHours week;

  public TaiwanOfficeCalendarCsv(WeeklyHours week) {
    this.week = week;
  }

  /**
   * @throws CalendarImportException naming the first line that is not a valid row
   */
  public ImportedDays read(Reader csv) {
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    int unchanged = 0;
    int number = 0;
    boolean header = true;
    try (BufferedReader lines = new BufferedReader(csv)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = number == 1 ? stripByteOrderMark(line) : line;
        if (text.isBlank()) {
          continue;
        }
        List<String> cells = cells(text);
        if (header) {
          header = false;
          if (cells.get(0).contains("日期")) {
            continue;
          }
        }
        CalendarDay day = row(cells, number);
        if (!seen.add(day.date())) {
          throw new CalendarImportException(number, "date listed twice: " + day.date());
        }
        if (departsFromWeek(day)) {
          days.add(day);
        } else {
          unchanged++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (days.isEmpty() && unchanged == 0) {
      throw new CalendarImportException(0, "no dates in the file");
    }
    return new ImportedDays(days, unchanged);
  }

  private CalendarDay row(List<String> cells, int number) {
    if (cells.size() < 3) {
      throw new CalendarImportException(number, "expected 西元日期,星期,是否放假,備註");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cells.get(0), DATE);
    } catch (DateTimeParseException e) {
      throw new CalendarImportException(number, "not a date (yyyyMMdd): " + cells.get(0));
    }
    DayOfWeek weekday = WEEKDAYS.get(cells.get(1));
    if (weekday != null && weekday != date.getDayOfWeek()) {
      throw new CalendarImportException(
          number, date + " is a " + date.getDayOfWeek() + ", the file says " + cells.get(1));
    }
    String note = cells.size() > 3 ? cells.get(3) : "";
    return switch (cells.get(2)) {
      case "2" -> CalendarDay.holiday(date, note);
      case "0" -> CalendarDay.workingDay(date, note);
      default ->
          throw new CalendarImportException(
              number, "是否放假 must be 2 (day off) or 0 (working day): " + cells.get(2));
    };
  }

  private boolean departsFromWeek(CalendarDay day) {
    boolean usuallyWorking = week.isWorkingDay(day.date().getDayOfWeek());
    return switch (day.kind()) {
      case HOLIDAY -> usuallyWorking;
      case WORKING_DAY -> !usuallyWorking;
    };
  }

  /** Splits one CSV line: commas, optional double quotes with "" for a quote inside. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static String stripByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
