package io.ticketknowledge.knowledge.articles.entity;

/** Editorial state: only PUBLISHED articles reach readers without an editor role. */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
