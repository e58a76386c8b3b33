package io.ticketknowledge.knowledge.gaps.control;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.gaps.entity.SearchMiss;
import io.ticketknowledge.knowledge.glossary.control.KnowledgeGlossary;
import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.platform.search.Filter;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.analysis.Glossary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records searches and suggestions that found nothing, and shows admins the gaps they reveal:
 * near-duplicate queries grouped into topics ({@link GapClusters}), how often and by how many
 * people it was asked, how many of them opened a ticket afterwards (from the ticket signals), and
 * whether an article found for it now (a gap closes by itself once an article answers it).
 */
@ApplicationScoped
public class KnowledgeGaps {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject SearchEngine engine;
  @Inject KnowledgeGlossary glossary;

  /** Records one search or suggestion that found nothing, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void missed(String query, String locale, String source, Reader reader) {
    String normalized = QueryNormalizer.normalize(query);
    if (!normalized.isEmpty()) {
      String kept = query.length() > 1000 ? query.substring(0, 1000) : query;
      em.persist(new SearchMiss(kept, normalized, locale, source, reader.id()));
    }
  }

  /**
   * A topic of misses: near-duplicate queries grouped ({@link GapClusters}), named by the most
   * asked one ({@code query}); {@code variants} are all its normalized queries, most asked first.
   */
  public record Gap(
      String query,
      String example,
      long asked,
      long askedBy,
      long openedTicketAfter,
      OffsetDateTime firstAsked,
      OffsetDateTime lastAsked,
      boolean answered,
      List<String> variants) {}

  /** Distinct normalized queries taken into the grouping, most asked first. */
  static final int MAX_QUERIES = 2000;

  /** The most asked gaps first; {@code includeAnswered} also lists those an article now answers. */
  public List<Gap> gaps(int limit, boolean includeAnswered) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.normalized, MAX(m.query), COUNT(*), MIN(m.created_at),"
                    + " MAX(m.created_at) FROM knowledge.search_misses m"
                    + " GROUP BY m.normalized ORDER BY COUNT(*) DESC, m.normalized")
            .setMaxResults(MAX_QUERIES)
            .getResultList();
    Map<String, Object[]> byQuery = new HashMap<>();
    List<GapClusters.Asked> asked = new ArrayList<>();
    for (Object[] row : rows) {
      byQuery.put((String) row[0], row);
      asked.add(new GapClusters.Asked((String) row[0], ((Number) row[2]).longValue()));
    }
    Glossary terms = glossary == null ? Glossary.seed() : glossary.current();
    List<Gap> gaps = new ArrayList<>();
    for (GapClusters.Topic topic : GapClusters.group(asked, terms)) {
      String leader = topic.leader().query();
      boolean answered = answered(leader, terms);
      if (answered && !includeAnswered) {
        continue;
      }
      OffsetDateTime first = null;
      OffsetDateTime last = null;
      for (String query : topic.queries()) {
        Object[] row = byQuery.get(query);
        OffsetDateTime from = time(row[3]);
        OffsetDateTime to = time(row[4]);
        first = first == null || (from != null && from.isBefore(first)) ? from : first;
        last = last == null || (to != null && to.isAfter(last)) ? to : last;
      }
      gaps.add(
          new Gap(
              leader,
              (String) byQuery.get(leader)[1],
              topic.asked(),
              askedBy(topic.queries()),
              ticketsAfter(topic.queries()),
              first,
              last,
              answered,
              topic.queries()));
      if (gaps.size() == limit) {
        break;
      }
    }
    return gaps;
  }

  private long askedBy(List<String> queries) {
    return count(
        "SELECT COUNT(DISTINCT m.user_id) FROM knowledge.search_misses m WHERE m.normalized IN ",
        queries);
  }

  private long ticketsAfter(List<String> queries) {
    return count(
        "SELECT COUNT(DISTINCT m.user_id) FROM knowledge.search_misses m"
            + " WHERE EXISTS (SELECT 1 FROM knowledge.ticket_signals s"
            + " WHERE s.requester_id = m.user_id"
            + " AND COALESCE(s.first_seen_at, s.updated_at) >= m.created_at)"
            + " AND m.normalized IN ",
        queries);
  }

  private long count(String sqlBeforeList, List<String> queries) {
    String marks = String.join(",", java.util.Collections.nCopies(queries.size(), "?"));
    jakarta.persistence.Query query = em.createNativeQuery(sqlBeforeList + "(" + marks + ")");
    for (int i = 0; i < queries.size(); i++) {
      query.setParameter(i + 1, queries.get(i));
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /** Any live article found for the query now (every audience: the gap is about content). */
  private boolean answered(String normalized, Glossary terms) {
    String text =
        normalized.length() > SearchQuery.MAX_TEXT_LENGTH
            ? normalized.substring(0, SearchQuery.MAX_TEXT_LENGTH)
            : normalized;
    return engine
            .search(
                ArticleIndex.DEFINITION,
                SearchQuery.text(text)
                    .filter(Filter.term(ArticleIndex.STATUS, ArticleIndex.LIVE))
                    .glossary(terms)
                    .pageSize(1)
                    .build())
            .total()
        > 0;
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime ldt) {
      return ldt.atOffset(java.time.ZoneOffset.UTC);
    }
    return null;
  }
}
