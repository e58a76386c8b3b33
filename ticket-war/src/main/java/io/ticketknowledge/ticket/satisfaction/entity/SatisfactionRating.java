package io.ticketknowledge.ticket.satisfaction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A requester's rating of one resolution of a ticket; at most one per (ticket, resolution), which
 * is what makes a survey token single-use. Agent, group and month are kept as they were when the
 * rating came in, for the aggregates.
 */
@Entity
@Table(schema = "ticket", name = "satisfaction_ratings")
public class SatisfactionRating {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  @Id
  @SequenceGenerator(
      name = "satisfaction_ratings_ids",
      schema = "ticket",
      sequenceName = "satisfaction_ratings_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_ratings_ids")
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  @Column(name = "resolved_at", nullable = false)
  private OffsetDateTime resolvedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Rating rating;

  @Column(length = 2000)
  private String comment;

  @Column(name = "requester_id", nullable = false, length = 200)
  private String requesterId;

  @Column(name = "agent_id", length = 200)
  private String agentId;

  @Column(name = "group_id")
  private Long groupId;

  /** {@code yyyy-MM} of {@link #ratedAt} in UTC. */
  @Column(name = "rated_month", nullable = false, length = 7)
  private String ratedMonth;

  @Column(name = "rated_at", nullable = false)
  private OffsetDateTime ratedAt;

  protected SatisfactionRating() {}

  public SatisfactionRating(
      long ticketId,
      OffsetDateTime resolvedAt,
      Rating rating,
      String comment,
      String requesterId,
      String agentId,
      Long groupId,
      OffsetDateTime ratedAt) {
    this.ticketId = ticketId;
    this.resolvedAt = resolvedAt;
    this.rating = rating;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.requesterId = requesterId;
    this.agentId = agentId;
    this.groupId = groupId;
    this.ratedAt = ratedAt;
    this.ratedMonth = ratedAt.withOffsetSameInstant(ZoneOffset.UTC).format(MONTH);
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public Rating rating() {
    return rating;
  }

  public String comment() {
    return comment;
  }

  public String requesterId() {
    return requesterId;
  }

  public String agentId() {
    return agentId;
  }

  public Long groupId() {
    return groupId;
  }

  public String ratedMonth() {
    return ratedMonth;
  }

  public OffsetDateTime ratedAt() {
    return ratedAt;
  }
}
