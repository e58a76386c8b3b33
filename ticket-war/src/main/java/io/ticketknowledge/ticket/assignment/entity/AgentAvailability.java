package io.ticketknowledge.ticket.assignment.entity;

import io.ticketknowledge.ticket.sla.entity.WeeklyHours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Whether an agent takes new tickets (their own switch, or an admin's), and their working hours in
 * their time zone; no hours = any time. An agent without a row is available at any time.
 */
@Entity
@Table(schema = "ticket", name = "agent_availability")
public class AgentAvailability {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private boolean available;

  @Column(name = "time_zone", length = 60)
  private String timeZone;

  @Column(name = "working_hours", length = 2000)
  private String workingHours;

  @Version private long version;

  protected AgentAvailability() {}

  public AgentAvailability(String userId) {
    this.userId = userId;
    this.available = true;
  }

  public void set(boolean isAvailable, ZoneId zone, WeeklyHours week) {
    available = isAvailable;
    timeZone = zone == null ? null : zone.getId();
    workingHours = week == null ? null : week.toText();
  }

  /** Available and, if hours are set, within them at {@code now}. */
  public boolean working(Instant now) {
    if (workingHours == null || timeZone == null) {
      return true;
    }
    return within(WeeklyHours.fromText(workingHours), ZoneId.of(timeZone), now);
  }

  public static boolean within(WeeklyHours week, ZoneId zone, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    return week.on(local.getDayOfWeek()).stream()
        .anyMatch(
            h ->
                !local.toLocalTime().isBefore(h.start())
                    && (h.endsAtEndOfDay() || local.toLocalTime().isBefore(h.end())));
  }

  public String userId() {
    return userId;
  }

  public boolean available() {
    return available;
  }

  public String timeZone() {
    return timeZone;
  }

  public WeeklyHours week() {
    return workingHours == null ? null : WeeklyHours.fromText(workingHours);
  }

  public long version() {
    return version;
  }
}
