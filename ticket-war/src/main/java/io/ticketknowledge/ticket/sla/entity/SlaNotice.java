package io.ticketknowledge.ticket.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A warning or breach the watch job has acted on; its key makes that happen once. */
@Entity
@Table(schema = "ticket", name = "sla_notices")
@IdClass(SlaNotice.Key.class)
public class SlaNotice {

  @Id
  @Column(name = "ticket_id")
  private long ticketId;

  @Id
  @Column(length = 20)
  private String metric;

  @Id
  @Column(length = 20)
  private String kind;

  @Id private int cycle;

  @Column(name = "crossed_at", nullable = false)
  private OffsetDateTime crossedAt;

  @Column(name = "noticed_at", nullable = false)
  private OffsetDateTime noticedAt;

  protected SlaNotice() {}

  public SlaNotice(
      long ticketId,
      SlaMetric metric,
      SlaEntry.Kind kind,
      int cycle,
      Instant crossedAt,
      Instant noticedAt) {
    this.ticketId = ticketId;
    this.metric = metric.name();
    this.kind = kind.name();
    this.cycle = cycle;
    this.crossedAt = utc(crossedAt);
    this.noticedAt = utc(noticedAt);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long ticketId;
    private String metric;
    private String kind;
    private int cycle;

    public Key() {}

    public Key(long ticketId, String metric, String kind, int cycle) {
      this.ticketId = ticketId;
      this.metric = metric;
      this.kind = kind;
      this.cycle = cycle;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && ticketId == key.ticketId
          && cycle == key.cycle
          && Objects.equals(metric, key.metric)
          && Objects.equals(kind, key.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ticketId, metric, kind, cycle);
    }
  }
}
