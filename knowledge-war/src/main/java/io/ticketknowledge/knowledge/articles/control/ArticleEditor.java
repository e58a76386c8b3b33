package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleAction;
import io.ticketknowledge.knowledge.articles.entity.ArticleChanged;
import io.ticketknowledge.knowledge.articles.entity.ArticleContent;
import io.ticketknowledge.knowledge.articles.entity.ArticleMetadata;
import io.ticketknowledge.knowledge.articles.entity.ArticleReview;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.articles.entity.Locales;
import io.ticketknowledge.knowledge.articles.entity.RequestKey;
import io.ticketknowledge.knowledge.categories.control.CategoryTree;
import io.ticketknowledge.platform.markdown.MarkdownRenderer;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Writes articles: every content change is a new revision, every state change goes through {@link
 * ReviewRules}, and every change readers would notice is an event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ArticleEditor {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ArticleQueries queries;
  @Inject ArticleEvents events;
  @Inject CategoryTree categories;
  @Inject Event<ArticleChanged> changed;

  public Article create(
      String locale,
      ArticleContent content,
      ArticleMetadata metadata,
      String message,
      Reader editor) {
    return create(locale, content, metadata, message, null, editor).article();
  }

  /** The created article, and whether it was created by an earlier request with the same key. */
  public record Created(Article article, boolean replayed) {}

  /**
   * Creates a draft once per {@code idempotencyKey}: a retry with the same key and request gets the
   * article the first request created; the same key with another request is a conflict.
   */
  public Created create(
      String locale,
      ArticleContent content,
      ArticleMetadata metadata,
      String message,
      String idempotencyKey,
      Reader editor) {
    requireEditor(editor);
    RequestKey.Id keyId = null;
    String fingerprint = null;
    if (idempotencyKey != null) {
      keyId = new RequestKey.Id(editor.id(), idempotencyKey);
      fingerprint = IdempotencyKeys.fingerprint(locale, content, metadata, message);
      RequestKey earlier = em.find(RequestKey.class, keyId);
      if (earlier != null) {
        if (!earlier.isFor(fingerprint)) {
          throw IdempotencyKeys.reusedForAnotherRequest();
        }
        return new Created(queries.existing(earlier.articleId()), true);
      }
    }
    checkMetadata(metadata);
    Article article = Article.draft(locale, metadata, editor.id(), editor.name());
    em.persist(article);
    em.flush();
    addRevision(article, content, message, editor);
    if (keyId != null) {
      // a concurrent twin fails here on the primary key and is answered 409 (retry to replay)
      em.persist(new RequestKey(keyId, fingerprint, article.id()));
    }
    em.flush();
    changed.fire(ArticleChanged.of(article));
    return new Created(article, false);
  }

  /** A new article in the other language, linked to {@code sourceId} as its translation. */
  public Article translate(
      long sourceId, String locale, ArticleContent content, String message, Reader editor) {
    requireEditor(editor);
    Article source = queries.existing(sourceId);
    if (source.isTranslation()) {
      source = queries.existing(source.translationGroup());
    }
    if (locale.equals(source.language())) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.translation.same-locale", locale);
    }
    source.startTranslationGroup();
    Long group = source.translationGroup();
    boolean taken =
        !em.createQuery(
                "SELECT a.id FROM Article a WHERE a.translationGroup = :g AND a.language = :l",
                Long.class)
            .setParameter("g", group)
            .setParameter("l", locale)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.translation.exists", locale);
    }
    ArticleMetadata metadata =
        new ArticleMetadata(
            source.categoryId(),
            source.tags(),
            source.audience(),
            source.audienceGroup(),
            source.reviewBy());
    Article translation = Article.draft(locale, metadata, editor.id(), editor.name());
    translation.assignOwner(source.ownerId(), source.ownerName());
    translation.translate(source);
    em.persist(translation);
    em.flush();
    addRevision(translation, content, message, editor);
    em.flush();
    changed.fire(ArticleChanged.of(translation));
    return translation;
  }

  /**
   * Changes content (a new revision; a published article keeps its published revision visible while
   * the change waits for review) and metadata, if the caller's ETag is current.
   */
  public Article edit(
      long id,
      String ifMatch,
      String title,
      String summary,
      String body,
      ArticleMetadata metadata,
      String message,
      Reader editor) {
    requireEditor(editor);
    Article article = queries.existing(id);
    ArticleVersions.requireMatch(ifMatch, article.version());
    checkMetadata(metadata);
    ArticleContent head = new ArticleContent(article.title(), article.summary(), article.body());
    ArticleContent next = head.with(title, summary, body);
    boolean contentChanged = !next.equals(head);
    if (contentChanged) {
      ArticleStatus to =
          ReviewRules.decide(ArticleAction.EDIT, article.status(), editor.groups(), false, null);
      addRevision(article, next, message, editor);
      article.moveTo(to);
    } else if (article.status() == ArticleStatus.ARCHIVED) {
      throw new ApiException(
          ProblemKind.CONFLICT, "knowledge.review.state", ArticleAction.EDIT.name(), "ARCHIVED");
    }
    boolean metadataChanged = changes(article, metadata);
    article.apply(metadata);
    em.flush();
    if (metadataChanged && article.isLive()) {
      events.updated(article, publishedRevision(article), editor.id());
    }
    changed.fire(ArticleChanged.of(article));
    return article;
  }

  /** The content of revision {@code number} becomes a new revision at the head. */
  public Article restore(long id, int number, String ifMatch, String message, Reader editor) {
    requireEditor(editor);
    Article article = queries.existing(id);
    ArticleVersions.requireMatch(ifMatch, article.version());
    ArticleRevision old = queries.existingRevision(id, number);
    ArticleStatus to =
        ReviewRules.decide(ArticleAction.EDIT, article.status(), editor.groups(), false, null);
    String text = message == null || message.isBlank() ? "Restored revision " + number : message;
    addRevision(article, old.content(), text, editor);
    article.moveTo(to);
    em.flush();
    changed.fire(ArticleChanged.of(article));
    return article;
  }

  /** Takes a review-workflow step: submit, approve, send back, withdraw, archive, restore. */
  public Article act(long id, ArticleAction action, String ifMatch, String comment, Reader editor) {
    if (action == ArticleAction.EDIT) {
      throw new IllegalArgumentException("edits go through edit()");
    }
    Article article = queries.existing(id);
    ArticleVersions.requireMatch(ifMatch, article.version());
    int published = article.publishedRevision() == null ? 0 : article.publishedRevision();
    boolean wroteChange = queries.authorsAfter(id, published).contains(editor.id());
    ArticleStatus to =
        ReviewRules.decide(action, article.status(), editor.groups(), wroteChange, comment);
    boolean wasLive = article.isLive();
    switch (action) {
      case APPROVE -> article.publishHead();
      case ARCHIVE -> article.archive();
      default -> article.moveTo(to);
    }
    em.persist(
        new ArticleReview(
            id, article.headRevision(), action, editor.id(), editor.name(), blankToNull(comment)));
    em.flush();
    if (action == ArticleAction.APPROVE) {
      ArticleRevision revision = publishedRevision(article);
      if (wasLive) {
        events.updated(article, revision, editor.id());
      } else {
        events.published(article, revision, editor.id());
      }
    } else if (action == ArticleAction.ARCHIVE && wasLive) {
      events.archived(article, editor.id());
    }
    changed.fire(ArticleChanged.of(article));
    return article;
  }

  private void addRevision(Article article, ArticleContent content, String message, Reader editor) {
    ArticleRevision revision =
        new ArticleRevision(
            article.id(),
            article.headRevision() + 1,
            content,
            MarkdownRenderer.toSafeHtml(content.body()),
            editor.id(),
            editor.name(),
            message == null || message.isBlank() ? "" : message.strip());
    em.persist(revision);
    article.headAt(revision);
    if (article.isTranslation()) {
      Article source = em.find(Article.class, article.translationGroup());
      if (source != null) {
        article.sawSource(source.headRevision());
      }
    }
  }

  private ArticleRevision publishedRevision(Article article) {
    return queries.existingRevision(article.id(), article.publishedRevision());
  }

  private void checkMetadata(ArticleMetadata metadata) {
    if (metadata.categoryId() != null && metadata.categoryId() != 0) {
      categories.existing(metadata.categoryId());
    }
  }

  private static boolean changes(Article article, ArticleMetadata metadata) {
    return (metadata.categoryId() != null
            && !Objects.equals(
                metadata.categoryId() == 0 ? null : metadata.categoryId(), article.categoryId()))
        || (metadata.tags() != null && !metadata.tags().equals(article.tags()))
        || (metadata.audience() != null
            && (metadata.audience() != article.audience()
                || !Objects.equals(metadata.audienceGroup(), article.audienceGroup())))
        || (metadata.reviewBy() != null && !metadata.reviewBy().equals(article.reviewBy()));
  }

  private static void requireEditor(Reader editor) {
    if (!editor.isStaff()) {
      throw new ApiException(ProblemKind.FORBIDDEN, null);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static boolean supported(String locale) {
    return Locales.SUPPORTED.contains(locale);
  }
}
