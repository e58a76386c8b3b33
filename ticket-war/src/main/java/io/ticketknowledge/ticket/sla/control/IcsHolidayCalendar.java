package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import io.ticketknowledge.ticket.sla.entity.DayKind;
import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the all-day events of an iCalendar file (RFC 5545) as holidays, the form in which public
 * holiday calendars are published. An event is a make-up working day instead when its {@code
 * CATEGORIES} hold {@code WORKDAY}, it carries {@code X-TK-DAY-TYPE:WORKING}, or its summary says
 * so (補行上班, 補班, "make-up workday") — which is how Taiwanese holiday feeds mark them. {@code DTEND}
 * is exclusive, so a three-day holiday spans three dates. Timed events are not holidays and are
 * skipped.
 */
public final class IcsHolidayCalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int LONGEST_EVENT_DAYS = 31;
  private static final List<String> WORKING_DAY_WORDS =
      List.of("補行上班", "補班", "補上班", "make-up work", "makeup work");

  private final WeeklyHours week;

  public IcsHolidayCalendar(WeeklyHours week) {
    this.week = week;
  }

  /**
   * @throws CalendarImportException naming the line of the first event that cannot be read
   */
  public ImportedDays read(Reader ics) {
    List<String> lines = unfold(ics);
    if (lines.isEmpty() || !lines.get(0).equalsIgnoreCase("BEGIN:VCALENDAR")) {
      throw new CalendarImportException(1, "not an iCalendar file (BEGIN:VCALENDAR expected)");
    }
    Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
    int unchanged = 0;
    Map<String, Property> event = null;
    int eventLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equalsIgnoreCase("BEGIN:VEVENT")) {
        event = new HashMap<>();
        eventLine = i + 1;
      } else if (line.equalsIgnoreCase("END:VEVENT") && event != null) {
        for (CalendarDay day : days(event, eventLine)) {
          if (departsFromWeek(day)) {
            days.put(day.date(), day);
          } else {
            unchanged++;
          }
        }
        event = null;
      } else if (event != null) {
        Property property = Property.parse(line);
        if (property != null) {
          event.putIfAbsent(property.name(), property);
        }
      }
    }
    return new ImportedDays(new ArrayList<>(days.values()), unchanged);
  }

  private List<CalendarDay> days(Map<String, Property> event, int line) {
    Property start = event.get("DTSTART");
    if (start == null) {
      throw new CalendarImportException(line, "event without DTSTART");
    }
    if (!start.isDate()) {
      return List.of();
    }
    LocalDate first = date(start, line);
    Property end = event.get("DTEND");
    LocalDate last = end == null ? first : date(end, line).minusDays(1);
    if (last.isBefore(first) || last.isAfter(first.plusDays(LONGEST_EVENT_DAYS))) {
      throw new CalendarImportException(line, "event dates out of range: " + first + "…" + last);
    }
    String summary = event.containsKey("SUMMARY") ? unescape(event.get("SUMMARY").value()) : "";
    DayKind kind = isWorkingDay(event, summary) ? DayKind.WORKING_DAY : DayKind.HOLIDAY;
    List<CalendarDay> days = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      days.add(new CalendarDay(date, kind, summary, List.of()));
    }
    return days;
  }

  private static boolean isWorkingDay(Map<String, Property> event, String summary) {
    Property type = event.get("X-TK-DAY-TYPE");
    if (type != null) {
      return type.value().equalsIgnoreCase("WORKING");
    }
    Property categories = event.get("CATEGORIES");
    if (categories != null && categories.value().toUpperCase(Locale.ROOT).contains("WORKDAY")) {
      return true;
    }
    String lower = summary.toLowerCase(Locale.ROOT);
    return WORKING_DAY_WORDS.stream().anyMatch(lower::contains);
  }

  private boolean departsFromWeek(CalendarDay day) {
    boolean usuallyWorking = week.isWorkingDay(day.date().getDayOfWeek());
    return day.kind() == DayKind.HOLIDAY ? usuallyWorking : !usuallyWorking;
  }

  private static LocalDate date(Property property, int line) {
    String value = property.value();
    try {
      return LocalDate.parse(value.length() > 8 ? value.substring(0, 8) : value, DATE);
    } catch (DateTimeParseException e) {
      throw new CalendarImportException(line, "not a date: " + property.name() + ":" + value);
    }
  }

  /** Joins folded lines (a line starting with a space or tab continues the previous one). */
  private static List<String> unfold(Reader ics) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(ics)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (lines.isEmpty() && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
          int last = lines.size() - 1;
          lines.set(last, lines.get(last) + line.substring(1));
        } else if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static String unescape(String text) {
    return text.replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
        .strip();
  }

  /** {@code NAME;PARAM=x:value}. */
  private record Property(String name, String parameters, String value) {

    static Property parse(String line) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String head = line.substring(0, colon);
      int semicolon = head.indexOf(';');
      String name = (semicolon < 0 ? head : head.substring(0, semicolon)).toUpperCase(Locale.ROOT);
      String parameters = semicolon < 0 ? "" : head.substring(semicolon + 1);
      return new Property(name, parameters.toUpperCase(Locale.ROOT), line.substring(colon + 1));
    }

    /** An all-day value: {@code VALUE=DATE}, or eight digits without a time. */
    boolean isDate() {
      return parameters.contains("VALUE=DATE") && !parameters.contains("VALUE=DATE-TIME")
          || value.matches("\\d{8}");
    }
  }
}
