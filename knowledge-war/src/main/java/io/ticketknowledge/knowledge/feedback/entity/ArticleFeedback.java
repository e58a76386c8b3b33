package io.ticketknowledge.knowledge.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A reader's answer to "was this helpful?" for the revision they read. */
@Entity
@Table(schema = "knowledge", name = "article_feedback")
public class ArticleFeedback {

  @Id
  @SequenceGenerator(
      name = "article_feedback_ids",
      schema = "knowledge",
      sequenceName = "article_feedback_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_feedback_ids")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false)
  private boolean helpful;

  @Column(length = 2000)
  private String comment;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "user_name", nullable = false)
  private String userName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ArticleFeedback() {}

  public ArticleFeedback(
      long articleId,
      int revision,
      boolean helpful,
      String comment,
      String userId,
      String userName) {
    this.articleId = articleId;
    this.revision = revision;
    this.helpful = helpful;
    this.comment = comment;
    this.userId = userId;
    this.userName = userName;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public boolean helpful() {
    return helpful;
  }

  public String comment() {
    return comment;
  }

  public String userName() {
    return userName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
