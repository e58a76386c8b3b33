package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.platform.cache.Counters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts article views in the cache port's counters (Redis in production) and moves them into
 * {@code articles.view_count} periodically, so a read never writes the database. Each process
 * counts under its own key prefix and flushes only its own counters: two nodes never move the same
 * views twice. Views of a node that stops before its next flush stay in the cache (lost if it
 * expires), which is the accepted price of not writing on every read.
 */
@ApplicationScoped
public class ViewCounter {

  private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

  private final String node = UUID.randomUUID().toString();
  private final Set<Long> touched = ConcurrentHashMap.newKeySet();

  @Inject Counters counters;

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  /** One view; a cache outage loses the view but never fails the read. */
  public void viewed(long articleId) {
    try {
      counters.increment(key(articleId), 1);
      touched.add(articleId);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "view of article " + articleId + " not counted", e);
    }
  }

  /** Views counted here and not yet flushed. */
  public long pending(long articleId) {
    if (!touched.contains(articleId)) {
      return 0;
    }
    try {
      return counters.value(key(articleId));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Moves this node's counted views into the database; returns how many were moved. */
  @Transactional
  public long flush() {
    long moved = 0;
    for (Long id : Set.copyOf(touched)) {
      long views = counters.value(key(id));
      if (views > 0) {
        em.createQuery("UPDATE Article a SET a.viewCount = a.viewCount + :v WHERE a.id = :id")
            .setParameter("v", views)
            .setParameter("id", id)
            .executeUpdate();
        counters.increment(key(id), -views);
        moved += views;
      }
      touched.remove(id);
      if (counters.value(key(id)) > 0) {
        touched.add(id);
      }
    }
    return moved;
  }

  private String key(long articleId) {
    return "knowledge:views:" + node + ":" + articleId;
  }
}
