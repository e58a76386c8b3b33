package io.ticketknowledge.knowledge.gaps.control;

import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.gaps.entity.SearchMiss;
import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records searches and suggestions that found nothing, and shows admins the gaps they reveal:
 * grouped by the normalized query, how often and by how many people it was asked, how many of them
 * opened a ticket afterwards (from the ticket signals), and whether an article found for it now (a
 * gap closes by itself once an article answers it).
 */
@ApplicationScoped
public class KnowledgeGaps {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject SearchEngine engine;

  /** Records one search or suggestion that found nothing, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void missed(String query, String locale, String source, Reader reader) {
    String normalized = QueryNormalizer.normalize(query);
    if (!normalized.isEmpty()) {
      String kept = query.length() > 1000 ? query.substring(0, 1000) : query;
      em.persist(new SearchMiss(kept, normalized, locale, source, reader.id()));
    }
  }

  /** A group of misses. */
  public record Gap(
      String query,
      String example,
      long asked,
      long askedBy,
      long openedTicketAfter,
      OffsetDateTime firstAsked,
      OffsetDateTime lastAsked,
      boolean answered) {}

  /** The most asked gaps first; {@code includeAnswered} also lists those an article now answers. */
  public List<Gap> gaps(int limit, boolean includeAnswered) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.normalized, MAX(m.query), COUNT(*), COUNT(DISTINCT m.user_id),"
                    + " MIN(m.created_at), MAX(m.created_at) FROM knowledge.search_misses m"
                    + " GROUP BY m.normalized ORDER BY COUNT(*) DESC, m.normalized")
            .setMaxResults(includeAnswered ? limit : limit * 4)
            .getResultList();
    List<Gap> gaps = new ArrayList<>();
    for (Object[] row : rows) {
      String normalized = (String) row[0];
      boolean answered = answered(normalized);
      if (answered && !includeAnswered) {
        continue;
      }
      gaps.add(
          new Gap(
              normalized,
              (String) row[1],
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue(),
              ticketsAfter(normalized),
              time(row[4]),
              time(row[5]),
              answered));
      if (gaps.size() == limit) {
        break;
      }
    }
    return gaps;
  }

  /** Any live article found for the query now (every audience: the gap is about content). */
  private boolean answered(String normalized) {
    String text =
        normalized.length() > SearchQuery.MAX_TEXT_LENGTH
            ? normalized.substring(0, SearchQuery.MAX_TEXT_LENGTH)
            : normalized;
    return engine
            .search(ArticleIndex.DEFINITION, SearchQuery.text(text).pageSize(1).build())
            .total()
        > 0;
  }

  private long ticketsAfter(String normalized) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT m.user_id) FROM knowledge.search_misses m"
                        + " WHERE m.normalized = ? AND EXISTS (SELECT 1 FROM knowledge.ticket_signals s"
                        + " WHERE s.requester_id = m.user_id"
                        + " AND COALESCE(s.first_seen_at, s.updated_at) >= m.created_at)")
                .setParameter(1, normalized)
                .getSingleResult();
    return count.longValue();
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
