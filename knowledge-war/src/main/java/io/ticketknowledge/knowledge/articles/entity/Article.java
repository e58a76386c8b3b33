package io.ticketknowledge.knowledge.articles.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;

/**
 * A knowledge-base article. The row holds the head: the content of its latest revision and the
 * metadata (category, tags, audience, owner, review-by date). Readers see the revision named by
 * {@link #publishedRevision()}, which stays in place while a newer revision is drafted and
 * reviewed.
 */
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

  @Column(nullable = false, length = 500)
  private String summary;

  @Column(nullable = false, length = 100000)
  private String body;

  @Column(nullable = false, length = 10)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status;

  @Column(name = "category_id")
  private Long categoryId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "knowledge",
      name = "article_tags",
      joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  @Column(name = "audience_group")
  private String audienceGroup;

  @Column(name = "author_id", nullable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "owner_name")
  private String ownerName;

  @Column(name = "review_by")
  private LocalDate reviewBy;

  @Column(name = "head_revision", nullable = false)
  private int headRevision;

  @Column(name = "published_revision")
  private Integer publishedRevision;

  @Column(name = "translation_group")
  private Long translationGroup;

  @Column(name = "source_revision_seen")
  private Integer sourceRevisionSeen;

  @Column(name = "view_count", nullable = false)
  private long viewCount;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Article() {}

  /** A new draft owned by its author; its first revision is added by the caller. */
  public static Article draft(
      String language, ArticleMetadata metadata, String authorId, String authorName) {
    Article article = new Article();
    article.language = language;
    article.status = ArticleStatus.DRAFT;
    article.authorId = authorId;
    article.authorName = authorName;
    article.ownerId = authorId;
    article.ownerName = authorName;
    article.title = "";
    article.summary = "";
    article.body = "";
    article.createdAt = now();
    article.updatedAt = article.createdAt;
    article.apply(metadata);
    return article;
  }

  /** Takes over the metadata's non-null values. */
  public void apply(ArticleMetadata metadata) {
    if (metadata.categoryId() != null) {
      categoryId = metadata.categoryId() == 0 ? null : metadata.categoryId();
    }
    if (metadata.tags() != null) {
      tags.clear();
      tags.addAll(metadata.tags());
    }
    if (metadata.audience() != null) {
      audience = metadata.audience();
      audienceGroup = metadata.audience() == Audience.GROUP ? metadata.audienceGroup() : null;
    }
    if (audience == null) {
      audience = Audience.EVERYONE;
    }
    if (metadata.reviewBy() != null) {
      reviewBy = metadata.reviewBy();
    }
    touch();
  }

  /** The head moves to a new revision's content. */
  public void headAt(ArticleRevision revision) {
    headRevision = revision.number();
    title = revision.title();
    summary = revision.summary();
    body = revision.body();
    touch();
  }

  public void moveTo(ArticleStatus next) {
    status = next;
    touch();
  }

  /** The head revision becomes what readers see. */
  public void publishHead() {
    publishedRevision = headRevision;
    status = ArticleStatus.PUBLISHED;
    publishedAt = now();
    touch();
  }

  /** Readers no longer see it; restoring makes a draft that needs a new review. */
  public void archive() {
    status = ArticleStatus.ARCHIVED;
    publishedRevision = null;
    touch();
  }

  public void assignOwner(String id, String name) {
    ownerId = id;
    ownerName = name;
    touch();
  }

  /** Links this article as a translation of {@code source} (which then heads its group). */
  public void translate(Article source) {
    translationGroup = source.translationGroup();
    sourceRevisionSeen = source.headRevision();
  }

  public void startTranslationGroup() {
    if (translationGroup == null) {
      translationGroup = id;
    }
  }

  /** A translation caught up with its source's latest revision. */
  public void sawSource(int sourceRevision) {
    sourceRevisionSeen = sourceRevision;
  }

  public void addViews(long views) {
    viewCount += views;
  }

  private void touch() {
    updatedAt = now();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Readers see it: it was published and is not archived. */
  public boolean isLive() {
    return publishedRevision != null && status != ArticleStatus.ARCHIVED;
  }

  /** A revision newer than the published one waits (draft or in review). */
  public boolean hasPendingChange() {
    return publishedRevision != null && headRevision > publishedRevision;
  }

  /** This article translates another one (it is not the head of its group). */
  public boolean isTranslation() {
    return translationGroup != null && !translationGroup.equals(id);
  }

  public Long id() {
    return id;
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

  public String language() {
    return language;
  }

  public ArticleStatus status() {
    return status;
  }

  public Long categoryId() {
    return categoryId;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public Audience audience() {
    return audience;
  }

  public String audienceGroup() {
    return audienceGroup;
  }

  public String authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String ownerId() {
    return ownerId;
  }

  public String ownerName() {
    return ownerName;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public int headRevision() {
    return headRevision;
  }

  public Integer publishedRevision() {
    return publishedRevision;
  }

  public Long translationGroup() {
    return translationGroup;
  }

  public Integer sourceRevisionSeen() {
    return sourceRevisionSeen;
  }

  public long viewCount() {
    return viewCount;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
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
