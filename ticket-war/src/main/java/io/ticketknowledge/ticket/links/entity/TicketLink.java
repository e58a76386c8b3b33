package io.ticketknowledge.ticket.links.entity;

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
import java.time.temporal.ChronoUnit;

/** A link between two tickets, stored once in its canonical direction (see {@link LinkType}). */
@Entity
@Table(schema = "ticket", name = "ticket_links")
public class TicketLink {

  @Id
  @SequenceGenerator(
      name = "ticket_links_ids",
      schema = "ticket",
      sequenceName = "ticket_links_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_links_ids")
  private Long id;

  @Column(name = "source_id", nullable = false, updatable = false)
  private long sourceId;

  @Column(name = "target_id", nullable = false, updatable = false)
  private long targetId;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_type", nullable = false, updatable = false)
  private LinkType type;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected TicketLink() {}

  /**
   * The link "{@code from} is {@code type} of {@code to}", stored canonically: a RELATED pair from
   * the lower id to the higher, inverse types turned around.
   */
  public static TicketLink of(long from, LinkType type, long to, String createdBy) {
    TicketLink link = new TicketLink();
    boolean reverse = type.storedReversed() || (type == LinkType.RELATED && from > to);
    link.sourceId = reverse ? to : from;
    link.targetId = reverse ? from : to;
    link.type = type.stored();
    link.createdBy = createdBy;
    link.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    return link;
  }

  /** The link's type as {@code ticketId} (one of its two ends) sees it. */
  public LinkType typeFor(long ticketId) {
    return ticketId == sourceId ? type : type.inverse();
  }

  /** The other end, seen from {@code ticketId}. */
  public long otherThan(long ticketId) {
    return ticketId == sourceId ? targetId : sourceId;
  }

  public boolean touches(long ticketId) {
    return sourceId == ticketId || targetId == ticketId;
  }

  public Long id() {
    return id;
  }

  public long sourceId() {
    return sourceId;
  }

  public long targetId() {
    return targetId;
  }

  public LinkType type() {
    return type;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
