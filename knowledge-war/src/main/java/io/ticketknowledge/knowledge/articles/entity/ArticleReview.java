package io.ticketknowledge.knowledge.articles.entity;

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

/** One step of the review workflow taken on an article (who, when, on which revision, why). */
@Entity
@Table(schema = "knowledge", name = "article_reviews")
public class ArticleReview {

  @Id
  @SequenceGenerator(
      name = "article_reviews_ids",
      schema = "knowledge",
      sequenceName = "article_reviews_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_reviews_ids")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleAction action;

  @Column(name = "actor_id", nullable = false)
  private String actorId;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(length = 2000)
  private String comment;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ArticleReview() {}

  public ArticleReview(
      long articleId,
      int revision,
      ArticleAction action,
      String actorId,
      String actorName,
      String comment) {
    this.articleId = articleId;
    this.revision = revision;
    this.action = action;
    this.actorId = actorId;
    this.actorName = actorName;
    this.comment = comment;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public ArticleAction action() {
    return action;
  }

  public String actorName() {
    return actorName;
  }

  public String comment() {
    return comment;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
