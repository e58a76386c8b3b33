package io.ticketknowledge.knowledge.articles.entity;

/** The revisioned part of an article. */
public record ArticleContent(String title, String summary, String body) {

  /** This content with the given non-null parts replaced. */
  public ArticleContent with(String newTitle, String newSummary, String newBody) {
    return new ArticleContent(
        newTitle != null ? newTitle : title,
        newSummary != null ? newSummary : summary,
        newBody != null ? newBody : body);
  }
}
