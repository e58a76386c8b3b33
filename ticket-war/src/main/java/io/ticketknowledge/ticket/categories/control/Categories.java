package io.ticketknowledge.ticket.categories.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.categories.boundary.CategoryChanges;
import io.ticketknowledge.ticket.categories.boundary.NewCategory;
import io.ticketknowledge.ticket.categories.entity.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The category tree: read by everyone, changed by admins. */
@ApplicationScoped
@Transactional
public class Categories {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public List<Category> all(boolean withRetired) {
    return em.createQuery(
            "SELECT c FROM Category c"
                + (withRetired ? "" : " WHERE c.active = TRUE")
                + " ORDER BY c.id",
            Category.class)
        .getResultList();
  }

  public Category find(long id) {
    Category category = em.find(Category.class, id);
    if (category == null) {
      throw ApiException.notFound("category.not-found", id);
    }
    return category;
  }

  /** For tickets: the category must exist and be in use; otherwise a 400 naming it. */
  public Category requireActive(long id) {
    Category category = em.find(Category.class, id);
    if (category == null || !category.active()) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "ticket.unknown-category", id);
    }
    return category;
  }

  public Category create(NewCategory request) {
    if (request.parentId() != null) {
      requireParent(request.parentId());
    }
    Category category = new Category(request.parentId(), request.nameZhTw(), request.nameEn());
    em.persist(category);
    em.flush();
    return category;
  }

  public Category change(long id, CategoryChanges changes, String ifMatch) {
    Category category = find(id);
    Versions.requireMatch(ifMatch, category.version());
    category.rename(changes.nameZhTw(), changes.nameEn());
    if (changes.parentId() != null) {
      requireParent(changes.parentId());
      // a category cannot move below itself or one of its descendants
      for (Long up = changes.parentId(); up != null; up = em.find(Category.class, up).parentId()) {
        if (up == id) {
          throw new ApiException(ProblemKind.BAD_REQUEST, "category.cycle", id);
        }
      }
      category.moveUnder(changes.parentId());
    }
    if (changes.active() != null) {
      category.activate(changes.active());
    }
    em.flush();
    return category;
  }

  private void requireParent(long parentId) {
    if (em.find(Category.class, parentId) == null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "category.unknown-parent", parentId);
    }
  }
}
