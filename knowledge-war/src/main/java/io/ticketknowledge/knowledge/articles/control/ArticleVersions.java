package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import java.util.Arrays;

/**
 * If-Match for articles: as {@link Versions#requireMatch}, but {@code *} is refused (428): an
 * editor must name the revision of the article they read, or a concurrent edit could be lost.
 */
public final class ArticleVersions {

  private ArticleVersions() {}

  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch != null && Arrays.stream(ifMatch.split(",")).anyMatch(t -> t.strip().equals("*"))) {
      throw new ApiException(ProblemKind.PRECONDITION_REQUIRED, "knowledge.if-match-wildcard");
    }
    Versions.requireMatch(ifMatch, currentVersion);
  }
}
