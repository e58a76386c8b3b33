package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads articles; callers decide which states the user may see. */
@ApplicationScoped
public class ArticleQueries {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** Articles in the given state, newest first. */
  public List<Article> inState(ArticleStatus status, int limit) {
    return em.createQuery(
            "SELECT a FROM Article a WHERE a.status = :status ORDER BY a.id DESC", Article.class)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }
}
