package io.ticketknowledge.knowledge.articles.control;

import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.APPROVE;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.ARCHIVE;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.EDIT;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.RESTORE;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.SEND_BACK;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.SUBMIT;
import static io.ticketknowledge.knowledge.articles.entity.ArticleAction.WITHDRAW;
import static io.ticketknowledge.knowledge.articles.entity.ArticleStatus.ARCHIVED;
import static io.ticketknowledge.knowledge.articles.entity.ArticleStatus.DRAFT;
import static io.ticketknowledge.knowledge.articles.entity.ArticleStatus.IN_REVIEW;
import static io.ticketknowledge.knowledge.articles.entity.ArticleStatus.PUBLISHED;

import io.ticketknowledge.knowledge.articles.entity.ArticleAction;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.Roles;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review workflow as one table: which action leads from which state to which, who may take it,
 * whether the actor must be someone other than the authors of the change (four eyes), and whether a
 * comment is required. Nothing else in the module decides a transition.
 *
 * <p>Editing a published article moves it to DRAFT with a pending revision; readers keep seeing the
 * published revision until the change is approved. Archiving withdraws the article from readers;
 * restoring brings it back as a draft that needs a new review.
 */
public final class ReviewRules {

  /** One row of the table. */
  public record Rule(
      ArticleStatus from,
      ArticleAction action,
      ArticleStatus to,
      Set<String> roles,
      boolean fourEyes,
      boolean commentRequired) {}

  private static final Set<String> EDITORS = Set.of(Roles.EDITOR, Roles.ADMIN);
  private static final Set<String> ADMINS = Set.of(Roles.ADMIN);

  public static final List<Rule> TABLE =
      List.of(
          new Rule(DRAFT, EDIT, DRAFT, EDITORS, false, false),
          new Rule(PUBLISHED, EDIT, DRAFT, EDITORS, false, false),
          new Rule(DRAFT, SUBMIT, IN_REVIEW, EDITORS, false, false),
          new Rule(IN_REVIEW, APPROVE, PUBLISHED, EDITORS, true, false),
          new Rule(IN_REVIEW, SEND_BACK, DRAFT, EDITORS, true, true),
          new Rule(IN_REVIEW, WITHDRAW, DRAFT, EDITORS, false, false),
          new Rule(DRAFT, ARCHIVE, ARCHIVED, EDITORS, false, false),
          new Rule(PUBLISHED, ARCHIVE, ARCHIVED, EDITORS, false, false),
          new Rule(ARCHIVED, RESTORE, DRAFT, ADMINS, false, false));

  private ReviewRules() {}

  public static Optional<Rule> find(ArticleStatus from, ArticleAction action) {
    return TABLE.stream().filter(r -> r.from() == from && r.action() == action).findFirst();
  }

  /**
   * The state {@code action} leads to, or the problem that forbids it: 403 for a missing role, 409
   * when the action does not apply in the current state, 403 when the actor wrote part of the
   * change under review, 400 when a required comment is blank.
   */
  public static ArticleStatus decide(
      ArticleAction action,
      ArticleStatus from,
      Set<String> actorRoles,
      boolean actorWroteChange,
      String comment) {
    boolean mayAct =
        TABLE.stream()
            .filter(r -> r.action() == action)
            .anyMatch(r -> r.roles().stream().anyMatch(actorRoles::contains));
    if (!mayAct) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.review.role", action.name());
    }
    Rule rule =
        find(from, action)
            .orElseThrow(
                () ->
                    new ApiException(
                        ProblemKind.CONFLICT,
                        "knowledge.review.state",
                        action.name(),
                        from.name()));
    if (rule.roles().stream().noneMatch(actorRoles::contains)) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.review.role", action.name());
    }
    if (rule.fourEyes() && actorWroteChange) {
      throw new ApiException(ProblemKind.FORBIDDEN, "knowledge.review.own-change", action.name());
    }
    if (rule.commentRequired() && (comment == null || comment.isBlank())) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "knowledge.review.comment-required");
    }
    return rule.to();
  }
}
