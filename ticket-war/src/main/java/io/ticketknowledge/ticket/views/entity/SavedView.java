package io.ticketknowledge.ticket.views.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A saved ticket list: a filter in the list's canonical query form ({@code TicketFilter.toQuery},
 * parsed again on every run) and a sort. Personal (its owner's) or shared: with one support group
 * ({@code groupId}) or with every agent ({@code groupId} null).
 */
@Entity
@Table(schema = "ticket", name = "saved_views")
public class SavedView {

  @Id
  @SequenceGenerator(
      name = "saved_views_ids",
      schema = "ticket",
      sequenceName = "saved_views_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_views_ids")
  private Long id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private String ownerId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "group_id")
  private Long groupId;

  @Column(nullable = false, length = 4000)
  private String filter;

  @Column(nullable = false, length = 20)
  private String sort;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SavedView() {}

  public SavedView(String ownerId) {
    this.ownerId = ownerId;
    this.createdAt = now();
  }

  /** Sets what the view shows and who shares it (already checked). */
  public void define(String name, boolean shared, Long groupId, String filter, String sort) {
    this.name = name.strip();
    this.shared = shared;
    this.groupId = shared ? groupId : null;
    this.filter = filter;
    this.sort = sort;
    this.updatedAt = now();
  }

  public boolean isOwnedBy(String userId) {
    return ownerId.equals(userId);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public String name() {
    return name;
  }

  public boolean shared() {
    return shared;
  }

  public Long groupId() {
    return groupId;
  }

  public String filter() {
    return filter;
  }

  public String sort() {
    return sort;
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
