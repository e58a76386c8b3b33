package io.ticketknowledge.knowledge.articles.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.knowledge.articles.entity.ArticleAction;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every action in every state for every role and authorship, against the workflow as written in the
 * issue (independently of {@link ReviewRules#TABLE}).
 */
class ReviewRulesTest {

  // state --action--> state, as the issue describes it
  private static final Map<String, ArticleStatus> ALLOWED =
      Map.of(
          "DRAFT EDIT", ArticleStatus.DRAFT,
          "PUBLISHED EDIT", ArticleStatus.DRAFT,
          "DRAFT SUBMIT", ArticleStatus.IN_REVIEW,
          "IN_REVIEW APPROVE", ArticleStatus.PUBLISHED,
          "IN_REVIEW SEND_BACK", ArticleStatus.DRAFT,
          "IN_REVIEW WITHDRAW", ArticleStatus.DRAFT,
          "DRAFT ARCHIVE", ArticleStatus.ARCHIVED,
          "PUBLISHED ARCHIVE", ArticleStatus.ARCHIVED,
          "ARCHIVED RESTORE", ArticleStatus.DRAFT);

  private static final Set<ArticleAction> FOUR_EYES =
      Set.of(ArticleAction.APPROVE, ArticleAction.SEND_BACK);

  private static final List<Set<String>> ROLE_SETS =
      List.of(
          Set.of(),
          Set.of("requester"),
          Set.of("requester", "agent"),
          Set.of("requester", "editor"),
          Set.of("requester", "agent", "editor", "admin"),
          Set.of("admin"));

  @Test
  void everyCombinationFollowsTheWorkflow() {
    int checked = 0;
    for (ArticleAction action : ArticleAction.values()) {
      for (ArticleStatus from : ArticleStatus.values()) {
        for (Set<String> roles : ROLE_SETS) {
          for (boolean wroteChange : new boolean[] {false, true}) {
            for (String comment : new String[] {null, " ", "請補上截圖"}) {
              check(action, from, roles, wroteChange, comment);
              checked++;
            }
          }
        }
      }
    }
    assertEquals(7 * 4 * 6 * 2 * 3, checked);
  }

  private static void check(
      ArticleAction action,
      ArticleStatus from,
      Set<String> roles,
      boolean wroteChange,
      String comment) {
    String label =
        action
            + " from "
            + from
            + " by "
            + roles
            + " author="
            + wroteChange
            + " comment="
            + comment;
    boolean editor = roles.contains("editor") || roles.contains("admin");
    boolean admin = roles.contains("admin");
    boolean mayAtAll = action == ArticleAction.RESTORE ? admin : editor;
    ArticleStatus target = ALLOWED.get(from + " " + action);
    ProblemKind expected;
    if (!mayAtAll) {
      expected = ProblemKind.FORBIDDEN;
    } else if (target == null) {
      expected = ProblemKind.CONFLICT;
    } else if (FOUR_EYES.contains(action) && wroteChange) {
      expected = ProblemKind.FORBIDDEN;
    } else if (action == ArticleAction.SEND_BACK && (comment == null || comment.isBlank())) {
      expected = ProblemKind.BAD_REQUEST;
    } else {
      expected = null;
    }
    if (expected == null) {
      assertEquals(target, ReviewRules.decide(action, from, roles, wroteChange, comment), label);
    } else {
      ApiException refused =
          assertThrows(
              ApiException.class,
              () -> ReviewRules.decide(action, from, roles, wroteChange, comment),
              label);
      assertEquals(expected, refused.kind(), label);
    }
  }

  @Test
  void theAuthorCannotApproveTheirOwnChangeButAnotherEditorCan() {
    Set<String> editor = Set.of("requester", "editor");
    ApiException own =
        assertThrows(
            ApiException.class,
            () ->
                ReviewRules.decide(
                    ArticleAction.APPROVE, ArticleStatus.IN_REVIEW, editor, true, null));
    assertEquals("knowledge.review.own-change", own.detailKey());
    assertEquals(
        ArticleStatus.PUBLISHED,
        ReviewRules.decide(ArticleAction.APPROVE, ArticleStatus.IN_REVIEW, editor, false, null));
  }

  @Test
  void theTableHasOneRowPerStateAndAction() {
    assertEquals(ALLOWED.size(), ReviewRules.TABLE.size());
    long distinct =
        ReviewRules.TABLE.stream().map(r -> r.from() + " " + r.action()).distinct().count();
    assertEquals(ReviewRules.TABLE.size(), distinct);
  }
}
