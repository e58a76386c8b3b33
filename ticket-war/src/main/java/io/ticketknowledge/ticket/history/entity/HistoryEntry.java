package io.ticketknowledge.ticket.history.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change of a ticket: who, when, what, before and after. Written once, never changed. */
@Entity
@Table(schema = "ticket", name = "ticket_history")
public class HistoryEntry {

  @Id
  @SequenceGenerator(
      name = "ticket_history_ids",
      schema = "ticket",
      sequenceName = "ticket_history_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_ids")
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(name = "change_kind", nullable = false, length = 40, updatable = false)
  private String kind;

  @Column(name = "before_value", length = 20000, updatable = false)
  private String before;

  @Column(name = "after_value", length = 20000, updatable = false)
  private String after;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  protected HistoryEntry() {}

  public HistoryEntry(
      long ticketId,
      String actorId,
      String actorName,
      OffsetDateTime changedAt,
      String kind,
      String before,
      String after,
      boolean internal) {
    this.ticketId = ticketId;
    this.actorId = actorId;
    this.actorName = actorName;
    this.changedAt = changedAt;
    this.kind = kind;
    this.before = before;
    this.after = after;
    this.internal = internal;
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public String actorId() {
    return actorId;
  }

  public String actorName() {
    return actorName;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public String kind() {
    return kind;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public boolean internal() {
    return internal;
  }
}
