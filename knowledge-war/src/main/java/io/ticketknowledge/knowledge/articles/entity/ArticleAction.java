package io.ticketknowledge.knowledge.articles.entity;

/** What editors do to an article; the allowed ones per state are in {@code ReviewRules}. */
public enum ArticleAction {
  EDIT,
  SUBMIT,
  APPROVE,
  SEND_BACK,
  WITHDRAW,
  ARCHIVE,
  RESTORE
}
