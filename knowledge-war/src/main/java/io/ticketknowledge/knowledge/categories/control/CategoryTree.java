package io.ticketknowledge.knowledge.categories.control;

import io.ticketknowledge.knowledge.articles.control.ArticleVersions;
import io.ticketknowledge.knowledge.categories.entity.Category;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The category tree: admins shape it, everyone reads it. It stays a tree (no cycles). */
@ApplicationScoped
@Transactional
public class CategoryTree {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** Every category, parents before children, siblings by position then id. */
  public List<Category> all() {
    return em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.id", Category.class)
        .getResultList();
  }

  public Category existing(long id) {
    Category category = em.find(Category.class, id);
    if (category == null) {
      throw ApiException.notFound("knowledge.category.not-found", id);
    }
    return category;
  }

  public Category add(Long parentId, String zhTw, String en, int position) {
    if (parentId != null) {
      existing(parentId);
    }
    Category category = new Category(parentId, zhTw, en, position);
    em.persist(category);
    em.flush();
    return category;
  }

  public Category change(
      long id,
      String ifMatch,
      String zhTw,
      String en,
      Long parentId,
      boolean moveToRoot,
      Integer position) {
    Category category = existing(id);
    ArticleVersions.requireMatch(ifMatch, category.version());
    category.rename(zhTw, en);
    if (moveToRoot) {
      category.moveTo(null, position);
    } else if (parentId != null) {
      if (subtree(id).contains(parentId)) {
        throw new ApiException(ProblemKind.CONFLICT, "knowledge.category.cycle", id, parentId);
      }
      existing(parentId);
      category.moveTo(parentId, position);
    } else if (position != null) {
      category.moveTo(category.parentId(), position);
    }
    em.flush();
    return category;
  }

  /** Removes an empty leaf: 409 while it has children or articles. */
  public void remove(long id, String ifMatch) {
    Category category = existing(id);
    ArticleVersions.requireMatch(ifMatch, category.version());
    long children =
        em.createQuery("SELECT COUNT(c) FROM Category c WHERE c.parentId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    long articles =
        em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.categoryId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (children > 0 || articles > 0) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.category.in-use", id);
    }
    em.remove(category);
  }

  /** The category and all its descendants (for "articles in this category" filters). */
  public Set<Long> subtree(long rootId) {
    List<Category> all = all();
    Set<Long> ids = new HashSet<>();
    Deque<Long> open = new ArrayDeque<>(List.of(rootId));
    while (!open.isEmpty()) {
      Long current = open.pop();
      if (ids.add(current)) {
        all.stream()
            .filter(c -> Objects.equals(c.parentId(), current))
            .forEach(c -> open.push(c.id()));
      }
    }
    return ids;
  }
}
