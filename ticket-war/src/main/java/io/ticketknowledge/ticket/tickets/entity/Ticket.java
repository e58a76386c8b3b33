package io.ticketknowledge.ticket.tickets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A requester's problem or service request, worked by agents. */
@Entity
@Table(schema = "ticket", name = "tickets")
public class Ticket {

  @Id
  @SequenceGenerator(
      name = "tickets_ids",
      schema = "ticket",
      sequenceName = "tickets_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets_ids")
  private Long id;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 20000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketPriority priority;

  @Column(name = "requester_id", nullable = false)
  private String requesterId;

  @Column(name = "requester_name", nullable = false)
  private String requesterName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Ticket() {}

  public static Ticket open(
      String subject,
      String description,
      TicketPriority priority,
      String requesterId,
      String requesterName) {
    Ticket ticket = new Ticket();
    ticket.subject = subject.strip();
    ticket.description = description.strip();
    ticket.priority = priority == null ? TicketPriority.NORMAL : priority;
    ticket.status = TicketStatus.NEW;
    ticket.requesterId = requesterId;
    ticket.requesterName = requesterName;
    ticket.createdAt = now();
    ticket.updatedAt = ticket.createdAt;
    return ticket;
  }

  public void rename(String newSubject) {
    subject = newSubject.strip();
    touch();
  }

  public void describe(String newDescription) {
    description = newDescription.strip();
    touch();
  }

  public void prioritize(TicketPriority newPriority) {
    priority = newPriority;
    touch();
  }

  public boolean isRequestedBy(String userId) {
    return requesterId.equals(userId);
  }

  private void touch() {
    updatedAt = now();
  }

  private static OffsetDateTime now() {
    // microseconds: what PostgreSQL stores, so a re-read compares equal
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public TicketStatus status() {
    return status;
  }

  public TicketPriority priority() {
    return priority;
  }

  public String requesterId() {
    return requesterId;
  }

  public String requesterName() {
    return requesterName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
