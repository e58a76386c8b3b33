package io.ticketknowledge.ticket.sla.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** An admin-managed business calendar as stored; {@link #toCalendar()} is what the clock uses. */
@Entity
@Table(schema = "ticket", name = "business_calendars")
public class WorkCalendar {

  @Id
  @SequenceGenerator(
      name = "business_calendars_ids",
      schema = "ticket",
      sequenceName = "business_calendars_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendars_ids")
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String zone;

  @Column(name = "week_hours", nullable = false, length = 1000)
  private String week;

  @ElementCollection
  @CollectionTable(
      schema = "ticket",
      name = "calendar_days",
      joinColumns = @JoinColumn(name = "calendar_id"))
  private List<CalendarDayRow> days = new ArrayList<>();

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected WorkCalendar() {}

  public static WorkCalendar of(String name, ZoneId zone, WeeklyHours week) {
    WorkCalendar calendar = new WorkCalendar();
    calendar.define(name, zone, week);
    return calendar;
  }

  /** Replaces name, zone and week; the dated exceptions stay. */
  public void define(String newName, ZoneId newZone, WeeklyHours newWeek) {
    name = newName.strip();
    zone = newZone.getId();
    week = newWeek.toText();
    touch();
  }

  /** Adds or replaces the exceptions of these dates. */
  public void putDays(Collection<CalendarDay> changed) {
    for (CalendarDay day : changed) {
      days.removeIf(row -> row.date().equals(day.date()));
      days.add(CalendarDayRow.of(day));
    }
    touch();
  }

  /**
   * @return false when the date had no exception
   */
  public boolean removeDay(LocalDate date) {
    boolean removed = days.removeIf(row -> row.date().equals(date));
    if (removed) {
      touch();
    }
    return removed;
  }

  public BusinessCalendar toCalendar() {
    return BusinessCalendar.of(name, zone(), week(), days());
  }

  public List<CalendarDay> days() {
    return days.stream()
        .map(CalendarDayRow::toDay)
        .sorted(Comparator.comparing(CalendarDay::date))
        .toList();
  }

  public WeeklyHours week() {
    return WeeklyHours.fromText(week);
  }

  public ZoneId zone() {
    return ZoneId.of(zone);
  }

  private void touch() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
