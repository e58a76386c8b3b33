package io.ticketknowledge.knowledge.privacy.control;

import io.ticketknowledge.knowledge.privacy.entity.KnowledgeErasureReport;
import io.ticketknowledge.platform.persistence.NativeQueries;
import io.ticketknowledge.platform.privacy.SubjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Erases a person from Knowledge's rows (decision 0026), in the caller's transaction: the consumer
 * of {@code person.erased} runs it with the event's processed mark, the admin endpoint in one of
 * its own. Names become the pseudonym (articles, revisions, reviews, feedback); feedback comments
 * are erased and search queries deleted. The articles index holds no names, so nothing is
 * reindexed. Idempotent: a second run finds nothing left to change.
 */
@ApplicationScoped
public class KnowledgeErasure {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Transactional
  public KnowledgeErasureReport erase(SubjectId subject) {
    String s = subject.value();
    String p = subject.pseudonym().stored();
    int articles =
        update(
            "UPDATE knowledge.articles SET author_name = ?2 WHERE author_id = ?1"
                + " AND author_name <> ?2",
            s,
            p);
    articles +=
        update(
            "UPDATE knowledge.articles SET owner_name = ?2 WHERE owner_id = ?1"
                + " AND owner_name <> ?2",
            s,
            p);
    int revisions =
        update(
            "UPDATE knowledge.article_revisions SET author_name = ?2 WHERE author_id = ?1"
                + " AND author_name <> ?2",
            s,
            p);
    int reviews =
        update(
            "UPDATE knowledge.article_reviews SET actor_name = ?2 WHERE actor_id = ?1"
                + " AND actor_name <> ?2",
            s,
            p);
    int feedback =
        update(
            "UPDATE knowledge.article_feedback SET user_name = ?2, comment = NULL"
                + " WHERE user_id = ?1 AND (user_name <> ?2 OR comment IS NOT NULL)",
            s,
            p);
    int searches = update("DELETE FROM knowledge.search_misses WHERE user_id = ?1", s);
    return new KnowledgeErasureReport(s, p, articles, revisions, reviews, feedback, searches);
  }

  private int update(String sql, Object... parameters) {
    return NativeQueries.create(em, sql, parameters).executeUpdate();
  }
}
