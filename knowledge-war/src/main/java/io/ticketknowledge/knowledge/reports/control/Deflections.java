package io.ticketknowledge.knowledge.reports.control;

import io.ticketknowledge.knowledge.articles.control.ArticleQueries;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.reports.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Knowledge deflection: a requester who left the new-ticket form because a suggested article helped
 * is recorded against the article; the report counts the leaves (and the people) per article in a
 * period. Records only live articles the reader may read (404 otherwise).
 */
@ApplicationScoped
@Transactional
public class Deflections {

  public static final List<String> COLUMNS =
      List.of("articleId", "title", "language", "deflections", "requesters");

  static final int TOP = 100;

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ArticleQueries queries;

  public void record(long articleId, Reader reader) {
    Article article = queries.visible(articleId, reader);
    if (!article.isLive()) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.feedback.not-published", articleId);
    }
    em.createNativeQuery(
            "INSERT INTO knowledge.article_deflections (id, article_id, user_id, deflected_at)"
                + " VALUES (nextval('knowledge.article_deflections_id_seq'), ?1, ?2, ?3)")
        .setParameter(1, articleId)
        .setParameter(2, reader.id())
        .setParameter(
            3, OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The {@link #TOP} articles that deflected most in the period, most first. */
  public List<List<Object>> report(ReportPeriod period) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT d.article_id, a.title, a.language, count(*) AS n,"
                    + " count(DISTINCT d.user_id) FROM knowledge.article_deflections d"
                    + " JOIN knowledge.articles a ON a.id = d.article_id"
                    + " WHERE d.deflected_at >= ?1 AND d.deflected_at < ?2"
                    + " GROUP BY d.article_id, a.title, a.language ORDER BY n DESC, d.article_id"
                    + " LIMIT "
                    + TOP)
            .setParameter(1, period.start().atOffset(ZoneOffset.UTC))
            .setParameter(2, period.end().atOffset(ZoneOffset.UTC))
            .getResultList();
    List<List<Object>> table = new ArrayList<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      table.add(
          Arrays.asList(
              ((Number) cells[0]).longValue(),
              cells[1],
              cells[2],
              ((Number) cells[3]).longValue(),
              ((Number) cells[4]).longValue()));
    }
    return table;
  }
}
