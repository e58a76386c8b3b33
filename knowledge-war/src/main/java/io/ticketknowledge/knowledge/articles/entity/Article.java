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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A knowledge-base article (Markdown body), written by editors. */
@Entity
@Table(schema = "knowledge", name = "articles")
public class Article {

  @Id
  @SequenceGenerator(
      name = "articles_ids",
      schema = "knowledge",
      sequenceName = "articles_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "articles_ids")
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 100000)
  private String body;

  @Column(nullable = false, length = 10)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Article() {}

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String language() {
    return language;
  }

  public ArticleStatus status() {
    return status;
  }

  public String authorName() {
    return authorName;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version;
  }
}
