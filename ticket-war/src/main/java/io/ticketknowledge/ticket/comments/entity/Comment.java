package io.ticketknowledge.ticket.comments.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A reply on a ticket, public or an internal note among agents; its body is Markdown source. */
@Entity
@Table(schema = "ticket", name = "ticket_comments")
public class Comment {

  @Id
  @SequenceGenerator(
      name = "ticket_comments_ids",
      schema = "ticket",
      sequenceName = "ticket_comments_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_comments_ids")
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "ticket",
      name = "ticket_comment_mentions",
      joinColumns = @JoinColumn(name = "comment_id"))
  @Column(name = "user_id")
  private Set<String> mentions = new TreeSet<>();

  @Version private long version;

  protected Comment() {}

  public Comment(
      long ticketId,
      String authorId,
      String authorName,
      String body,
      boolean internal,
      Set<String> mentions) {
    this.ticketId = ticketId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body.strip();
    this.internal = internal;
    this.mentions.addAll(mentions);
    this.createdAt = now();
  }

  /** Whether its author may still edit it, {@code window} after writing it. */
  public boolean editableBy(String userId, Duration window) {
    return authorId.equals(userId) && now().isBefore(createdAt.plus(window));
  }

  public void edit(String newBody) {
    body = newBody.strip();
    editedAt = now();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public String authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String body() {
    return body;
  }

  public boolean internal() {
    return internal;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime editedAt() {
    return editedAt;
  }

  public List<String> mentions() {
    return new ArrayList<>(new TreeSet<>(mentions));
  }

  public long version() {
    return version;
  }
}
