package io.ticketknowledge.knowledge.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One saved edit of an article's content; never changed once written. */
@Entity
@Table(schema = "knowledge", name = "article_revisions")
public class ArticleRevision {

  @Id
  @SequenceGenerator(
      name = "article_revisions_ids",
      schema = "knowledge",
      sequenceName = "article_revisions_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revisions_ids")
  private Long id;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 500)
  private String summary;

  @Column(nullable = false, length = 100000)
  private String body;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(nullable = false, length = 500)
  private String message;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ArticleRevision() {}

  public ArticleRevision(
      long articleId,
      int number,
      ArticleContent content,
      String bodyHtml,
      String authorId,
      String authorName,
      String message) {
    this.articleId = articleId;
    this.number = number;
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.bodyHtml = bodyHtml;
    this.authorId = authorId;
    this.authorName = authorName;
    this.message = message;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public ArticleContent content() {
    return new ArticleContent(title, summary, body);
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public String authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String message() {
    return message;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
