package io.ticketknowledge.ticket.automation.entity;

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

/**
 * An admin's rule: on {@link #event()}, when all conditions hold, run the actions. Conditions and
 * actions are stored as JSON checked by {@code TriggerCheck} before they are written.
 */
@Entity
@Table(schema = "ticket", name = "automation_triggers")
public class Trigger {

  @Id
  @SequenceGenerator(
      name = "automation_triggers_ids",
      schema = "ticket",
      sequenceName = "automation_triggers_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_triggers_ids")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "position", nullable = false)
  private int rank;

  @Column(nullable = false)
  private boolean active;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_kind", nullable = false, length = 20)
  private TriggerEvent event;

  @Column(nullable = false)
  private String conditions;

  @Column(nullable = false)
  private String actions;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Trigger() {}

  public Trigger(
      String name,
      int position,
      boolean active,
      TriggerEvent event,
      String conditions,
      String actions) {
    define(name, position, active, event, conditions, actions);
  }

  public void define(
      String name,
      int position,
      boolean active,
      TriggerEvent event,
      String conditions,
      String actions) {
    this.name = name.strip();
    this.rank = position;
    this.active = active;
    this.event = event;
    this.conditions = conditions;
    this.actions = actions;
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int position() {
    return rank;
  }

  public boolean active() {
    return active;
  }

  public TriggerEvent event() {
    return event;
  }

  /** JSON array of {field, op, value}. */
  public String conditionsJson() {
    return conditions;
  }

  /** JSON array of {@link TriggerAction}. */
  public String actionsJson() {
    return actions;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
