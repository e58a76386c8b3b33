package io.ticketknowledge.ticket.merge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A merged ticket points to the ticket it was merged into (one row per merged ticket). */
@Entity
@Table(schema = "ticket", name = "ticket_merges")
public class TicketMerge {

  @Id
  @Column(name = "source_id")
  private Long sourceId;

  @Column(name = "target_id", nullable = false, updatable = false)
  private long targetId;

  @Column(name = "merged_by", nullable = false, updatable = false)
  private String mergedBy;

  @Column(name = "merged_at", nullable = false, updatable = false)
  private OffsetDateTime mergedAt;

  protected TicketMerge() {}

  public TicketMerge(long sourceId, long targetId, String mergedBy) {
    this.sourceId = sourceId;
    this.targetId = targetId;
    this.mergedBy = mergedBy;
    this.mergedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public long sourceId() {
    return sourceId;
  }

  public long targetId() {
    return targetId;
  }

  public String mergedBy() {
    return mergedBy;
  }

  public OffsetDateTime mergedAt() {
    return mergedAt;
  }
}
