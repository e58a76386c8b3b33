package io.ticketknowledge.knowledge.articles.entity;

/** Who may read a published article (editors and admins read everything). */
public enum Audience {
  /** every signed-in user, with or without a role */
  EVERYONE,
  /** users with any role of the help desk (requester, agent, editor, admin) */
  EMPLOYEES,
  /** agents only (internal how-tos) */
  AGENTS,
  /** members of one named group of the identity provider (the token's groups claim) */
  GROUP
}
