package io.ticketknowledge.ticket.sla.entity;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working time within a day, {@code start} inclusive, {@code end} exclusive. An
 * {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so a round-the-clock
 * desk is {@code 00:00–24:00}; a stretch never crosses midnight (split it into two days).
 */
public record WorkingHours(LocalTime start, LocalTime end) implements Comparable<WorkingHours> {

  public WorkingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!endsAtMidnight(end) && !start.isBefore(end)) {
      throw new IllegalArgumentException(
          "working hours end before they start: " + start + "–" + end);
    }
  }

  /** Parses {@code 08:30-12:30} (also with an en dash); {@code 24:00} is the end of the day. */
  public static WorkingHours parse(String text) {
    String[] parts = text.strip().split("\\s*[-–]\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("working hours must look like 08:30-12:30: " + text);
    }
    return new WorkingHours(
        LocalTime.parse(parts[0]),
        "24:00".equals(parts[1]) ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]));
  }

  public static WorkingHours of(String start, String end) {
    return parse(start + "-" + end);
  }

  public boolean overlaps(WorkingHours other) {
    return start.isBefore(other.endOfDayTime()) && other.start.isBefore(endOfDayTime());
  }

  public boolean endsAtEndOfDay() {
    return endsAtMidnight(end);
  }

  private LocalTime endOfDayTime() {
    return endsAtMidnight(end) ? LocalTime.MAX : end;
  }

  private static boolean endsAtMidnight(LocalTime time) {
    return LocalTime.MIDNIGHT.equals(time);
  }

  @Override
  public int compareTo(WorkingHours other) {
    return start.compareTo(other.start);
  }

  @Override
  public String toString() {
    return start + "-" + (endsAtEndOfDay() ? "24:00" : end.toString());
  }
}
