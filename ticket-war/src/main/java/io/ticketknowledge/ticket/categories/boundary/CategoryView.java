package io.ticketknowledge.ticket.categories.boundary;

import io.ticketknowledge.ticket.categories.entity.Category;

/** A category as the API shows it: both names, the parent, whether it is in use. */
public record CategoryView(
    long id, Long parentId, String nameZhTw, String nameEn, boolean active, long version) {

  public static CategoryView of(Category category) {
    return new CategoryView(
        category.id(),
        category.parentId(),
        category.nameZhTw(),
        category.nameEn(),
        category.active(),
        category.version());
  }
}
