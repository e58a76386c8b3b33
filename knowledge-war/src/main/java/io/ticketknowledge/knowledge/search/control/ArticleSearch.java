package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.glossary.control.KnowledgeGlossary;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.SortOrder;
import io.ticketknowledge.platform.search.analysis.Glossary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/** Full-text search and suggestions over live articles, always within the reader's audience. */
@ApplicationScoped
public class ArticleSearch {

  @Inject SearchEngine engine;
  @Inject KnowledgeGlossary glossary;

  /**
   * @param statuses for editors and admins: the statuses to find (drafts, in review); empty: live
   *     articles only. Readers always get live articles only (a permission inside the query).
   */
  public SearchPage search(
      String text,
      String locale,
      Set<Long> categories,
      String tag,
      Set<ArticleStatus> statuses,
      int limit,
      String cursor,
      Reader reader) {
    return engine.search(
        ArticleIndex.DEFINITION,
        query(text, locale, categories, tag, statuses, limit, cursor, reader)
            .glossary(glossary())
            .build());
  }

  /** The query of a search, permissions included (separate for the unit tests). */
  static SearchQuery.Builder query(
      String text,
      String locale,
      Set<Long> categories,
      String tag,
      Set<ArticleStatus> statuses,
      int limit,
      String cursor,
      Reader reader) {
    SearchQuery.Builder query = ArticleIndex.restrict(SearchQuery.text(text), reader);
    query.filter(Filter.anyOf(ArticleIndex.STATUS, statusValues(statuses)));
    if (locale != null) {
      query.filter(Filter.term(ArticleIndex.LOCALE, locale));
    }
    if (categories != null) {
      query.filter(
          Filter.anyOf(
              ArticleIndex.CATEGORY,
              categories.stream().map(String::valueOf).collect(Collectors.toSet())));
    }
    if (tag != null) {
      query.filter(Filter.term(ArticleIndex.TAGS, tag));
    }
    return query
        .facet(ArticleIndex.LOCALE)
        .facet(ArticleIndex.CATEGORY)
        .facet(ArticleIndex.TAGS)
        .sort(SortOrder.relevance())
        .pageSize(limit)
        .after(cursor);
  }

  /** The glossary editors keep; the platform's seed when there is no database (benchmarks). */
  private Glossary glossary() {
    return glossary == null ? Glossary.seed() : glossary.current();
  }

  /** The index's status values for the statuses asked for; none asked: live articles. */
  static Set<String> statusValues(Set<ArticleStatus> statuses) {
    if (statuses == null || statuses.isEmpty()) {
      return Set.of(ArticleIndex.LIVE);
    }
    return statuses.stream().map(ArticleStatus::name).collect(Collectors.toSet());
  }

  /**
   * The live articles most relevant to a free text (a ticket's subject and description as typed),
   * among those the reader may see. Text beyond what the engine takes is cut, not refused: the
   * start of a description says most.
   */
  public SearchPage suggest(String text, String locale, int limit, Reader reader) {
    String cut =
        text.length() > SearchQuery.MAX_TEXT_LENGTH
            ? text.substring(0, SearchQuery.MAX_TEXT_LENGTH)
            : text;
    SearchQuery.Builder query =
        ArticleIndex.restrict(SearchQuery.text(cut), reader)
            .filter(Filter.term(ArticleIndex.STATUS, ArticleIndex.LIVE))
            .glossary(glossary());
    if (locale != null) {
      query.filter(Filter.term(ArticleIndex.LOCALE, locale));
    }
    return engine.search(
        ArticleIndex.DEFINITION, query.sort(SortOrder.relevance()).pageSize(limit).build());
  }
}
