package io.ticketknowledge.knowledge.categories.boundary;

import io.ticketknowledge.knowledge.categories.entity.Category;

/** A category with both names; {@code parentId} absent at the root. */
public record CategoryView(
    long id, Long parentId, String nameZhTw, String nameEn, int position, long version) {

  static CategoryView of(Category c) {
    return new CategoryView(
        c.id(), c.parentId(), c.nameZhTw(), c.nameEn(), c.position(), c.version());
  }
}
