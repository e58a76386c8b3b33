package io.ticketknowledge.knowledge.feedback.control;

import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.feedback.entity.ArticleFeedback;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Takes readers' feedback on live articles they may read; shows it to owners and admins. */
@ApplicationScoped
@Transactional
public class FeedbackBox {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ArticleQueries queries;

  public ArticleFeedback give(long articleId, boolean helpful, String comment, Reader reader) {
    Article article = queries.visible(articleId, reader);
    if (!article.isLive()) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.feedback.not-published", articleId);
    }
    ArticleFeedback feedback =
        new ArticleFeedback(
            articleId,
            article.publishedRevision(),
            helpful,
            comment == null || comment.isBlank() ? null : comment.strip(),
            reader.id(),
            reader.name());
    em.persist(feedback);
    em.flush();
    return feedback;
  }

  /** The article's feedback, newest first: its owner and admins only (others get 404 or 403). */
  public List<ArticleFeedback> of(long articleId, Reader reader) {
    Article article = queries.visible(articleId, reader);
    if (!reader.isAdmin() && !reader.id().equals(article.ownerId())) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.feedback.owner-only");
    }
    return em.createQuery(
            "SELECT f FROM ArticleFeedback f WHERE f.articleId = :id ORDER BY f.id DESC",
            ArticleFeedback.class)
        .setParameter("id", articleId)
        .setMaxResults(500)
        .getResultList();
  }
}
