package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleReview;
import io.ticketknowledge.knowledge.articles.entity.ArticleRevision;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.problems.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads articles with the audience rules applied in the query: a reader never receives an article
 * they may not see, and one they may not see answers 404 like a missing one.
 */
@ApplicationScoped
public class ArticleQueries {

  // an IN list may not be empty; no audience group can be named this (names have no spaces)
  private static final String NO_GROUP = " ";

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** The article if {@code reader} may see it, else 404. */
  public Article visible(long id, Reader reader) {
    Article article = em.find(Article.class, id);
    if (article == null || !reader.mayRead(article)) {
      throw ApiException.notFound("knowledge.article.not-found", id);
    }
    return article;
  }

  /** Staff only: any article by id, 404 when missing. */
  public Article existing(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw ApiException.notFound("knowledge.article.not-found", id);
    }
    return article;
  }

  /**
   * One page, newest first, below {@code beforeId}. For a requested locale, readers also get live
   * articles of the other language that have no live translation in theirs (the fallback).
   */
  public List<Article> page(Reader reader, ArticleFilter filter, long beforeId, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM Article a WHERE a.id < :before");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("before", beforeId);
    boolean staff = reader.isStaff();
    if (!staff) {
      jpql.append(" AND a.publishedRevision IS NOT NULL AND a.status <> :archived AND ")
          .append(audienceCondition("a"));
      parameters.put("archived", ArticleStatus.ARCHIVED);
      parameters.put("audiences", List.copyOf(reader.audiences()));
      parameters.put("group", Audience.GROUP);
      parameters.put("groups", groups(reader));
    }
    if (filter.locale() != null) {
      if (staff) {
        jpql.append(" AND a.language = :locale");
      } else {
        jpql.append(
            " AND (a.language = :locale OR NOT EXISTS (SELECT b FROM Article b"
                + " WHERE b.translationGroup = a.translationGroup AND b.language = :locale"
                + " AND b.publishedRevision IS NOT NULL AND b.status <> :archived AND "
                + audienceCondition("b")
                + "))");
      }
      parameters.put("locale", filter.locale());
    }
    if (filter.categories() != null) {
      jpql.append(" AND a.categoryId IN :categories");
      parameters.put("categories", List.copyOf(filter.categories()));
    }
    if (filter.tag() != null) {
      jpql.append(" AND a.id IN (SELECT x.id FROM Article x JOIN x.tags t WHERE t = :tag)");
      parameters.put("tag", filter.tag());
    }
    if (filter.status() != null) {
      jpql.append(" AND a.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.owner() != null) {
      jpql.append(" AND a.ownerId = :owner");
      parameters.put("owner", filter.owner());
    }
    jpql.append(" ORDER BY a.id DESC");
    TypedQuery<Article> query = em.createQuery(jpql.toString(), Article.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  private static String audienceCondition(String alias) {
    return "("
        + alias
        + ".audience IN :audiences OR ("
        + alias
        + ".audience = :group AND "
        + alias
        + ".audienceGroup IN :groups))";
  }

  private static List<String> groups(Reader reader) {
    List<String> groups = new ArrayList<>(reader.groups());
    groups.add(NO_GROUP);
    return groups;
  }

  /** Articles owned by {@code ownerId} whose review-by date has passed (not archived). */
  public List<Article> dueForReview(String ownerId, LocalDate today, boolean everyOwner) {
    String jpql =
        "SELECT a FROM Article a WHERE a.reviewBy < :today AND a.status <> :archived"
            + (everyOwner ? "" : " AND a.ownerId = :owner")
            + " ORDER BY a.reviewBy, a.id";
    TypedQuery<Article> query =
        em.createQuery(jpql, Article.class)
            .setParameter("today", today)
            .setParameter("archived", ArticleStatus.ARCHIVED);
    if (!everyOwner) {
      query.setParameter("owner", ownerId);
    }
    return query.setMaxResults(500).getResultList();
  }

  public Optional<ArticleRevision> revision(long articleId, int number) {
    return em.createQuery(
            "SELECT r FROM ArticleRevision r WHERE r.articleId = :id AND r.number = :number",
            ArticleRevision.class)
        .setParameter("id", articleId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public ArticleRevision existingRevision(long articleId, int number) {
    return revision(articleId, number)
        .orElseThrow(
            () -> ApiException.notFound("knowledge.revision.not-found", number, articleId));
  }

  /** Newest first. */
  public List<ArticleRevision> revisions(long articleId) {
    return em.createQuery(
            "SELECT r FROM ArticleRevision r WHERE r.articleId = :id ORDER BY r.number DESC",
            ArticleRevision.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /** Who wrote the revisions after {@code afterNumber}: the authors of a change under review. */
  public Set<String> authorsAfter(long articleId, int afterNumber) {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT r.authorId FROM ArticleRevision r"
                    + " WHERE r.articleId = :id AND r.number > :after",
                String.class)
            .setParameter("id", articleId)
            .setParameter("after", afterNumber)
            .getResultList());
  }

  public List<ArticleReview> reviews(long articleId) {
    return em.createQuery(
            "SELECT r FROM ArticleReview r WHERE r.articleId = :id ORDER BY r.id",
            ArticleReview.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /** The other articles of its translation group that the reader may see. */
  public List<Article> translations(Article article, Reader reader) {
    if (article.translationGroup() == null) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT b FROM Article b WHERE b.translationGroup = :group AND b.id <> :id"
                + " ORDER BY b.id",
            Article.class)
        .setParameter("group", article.translationGroup())
        .setParameter("id", article.id())
        .getResultList()
        .stream()
        .filter(reader::mayRead)
        .toList();
  }

  /** A translation whose source got a revision after the translation last caught up. */
  public boolean isOutdated(Article article) {
    if (!article.isTranslation() || article.sourceRevisionSeen() == null) {
      return false;
    }
    Article source = em.find(Article.class, article.translationGroup());
    return source != null && source.headRevision() > article.sourceRevisionSeen();
  }

  /** The published revisions of the given articles, by article id. */
  public Map<Long, ArticleRevision> publishedRevisions(List<Article> articles) {
    List<Long> ids =
        articles.stream().filter(a -> a.publishedRevision() != null).map(Article::id).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Integer> wanted = new HashMap<>();
    articles.forEach(a -> wanted.put(a.id(), a.publishedRevision()));
    Map<Long, ArticleRevision> found = new HashMap<>();
    em.createQuery(
            "SELECT r FROM ArticleRevision r, Article a WHERE a.id IN :ids"
                + " AND r.articleId = a.id AND r.number = a.publishedRevision",
            ArticleRevision.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> found.put(r.articleId(), r));
    return found;
  }

  /** How many solved tickets the article was linked to (kept by the ticket loop). */
  public long solvedTickets(long articleId) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM knowledge.article_ticket_links"
                        + " WHERE article_id = ? AND solved = TRUE")
                .setParameter(1, articleId)
                .getSingleResult();
    return count.longValue();
  }
}
