package io.ticketknowledge.knowledge.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What Knowledge knows about one ticket, kept from ticket events: its latest state (events older
 * than the state held never overwrite it) and how many of its events were applied.
 */
@Entity
@Table(schema = "knowledge", name = "ticket_signals")
public class TicketSignal {

  @Id
  @Column(name = "ticket_id")
  private String ticketId;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private String priority;

  @Column(name = "requester_id")
  private String requesterId;

  @Column(name = "ticket_version", nullable = false)
  private long ticketVersion;

  @Column(name = "events_applied", nullable = false)
  private int eventsApplied;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "first_seen_at")
  private OffsetDateTime firstSeenAt;

  @Version private long version;

  protected TicketSignal() {}

  public TicketSignal(String ticketId) {
    this.ticketId = ticketId;
    this.ticketVersion = -1;
    this.firstSeenAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Applies one event's view of the ticket. */
  public void observe(
      long eventVersion, String subject, String status, String priority, String requesterId) {
    if (eventVersion > ticketVersion) {
      this.ticketVersion = eventVersion;
      if (requesterId != null) {
        this.requesterId = requesterId;
      }
      this.subject = subject;
      this.status = status;
      this.priority = priority;
    }
    eventsApplied++;
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public String ticketId() {
    return ticketId;
  }

  /** The ticket's requester, when its events named one. */
  public String requesterId() {
    return requesterId;
  }

  public String subject() {
    return subject;
  }

  public String status() {
    return status;
  }

  public String priority() {
    return priority;
  }

  public long ticketVersion() {
    return ticketVersion;
  }

  public int eventsApplied() {
    return eventsApplied;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
