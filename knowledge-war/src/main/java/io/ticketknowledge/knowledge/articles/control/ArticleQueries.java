package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads articles readers may see. */
@ApplicationScoped
public class ArticleQueries {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** Published articles, newest first. */
  public List<Article> published(int limit) {
    return em.createQuery(
            "SELECT a FROM Article a WHERE a.status = :status ORDER BY a.id DESC", Article.class)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .setMaxResults(limit)
        .getResultList();
  }
}
