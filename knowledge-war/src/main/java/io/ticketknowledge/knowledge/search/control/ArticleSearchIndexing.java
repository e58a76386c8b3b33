package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.knowledge.articles.entity.ArticleEventType;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.ProcessedEvents;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps the articles index from the module's own events, each event once: published and updated
 * articles are written (never over a newer indexed version), archived ones removed. The index write
 * happens inside the transaction of the processed mark, as the Ticket module's indexing does.
 */
@ApplicationScoped
public class ArticleSearchIndexing implements EventHandler {

  public static final String CONSUMER = "knowledge.search-index";

  private final ProcessedEvents processed = new ProcessedEvents("knowledge");
  private final Object[] stripes = new Object[64];

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject SearchEngine engine;

  public ArticleSearchIndexing() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
    }
  }

  /**
   * @return false for a redelivery
   * @throws io.ticketknowledge.platform.events.MalformedEventException for an article event that
   *     lacks the state it should carry
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Override
  public boolean apply(EventEnvelope event) {
    Optional<ArticleEventType> type = ArticleEventType.of(event);
    boolean write =
        type.filter(t -> t == ArticleEventType.PUBLISHED || t == ArticleEventType.UPDATED)
            .isPresent();
    boolean remove = type.filter(t -> t == ArticleEventType.ARCHIVED).isPresent();
    // checked before anything is written: a poison event costs one dead letter and no retries
    SearchDocument document = write ? ArticleIndex.fromEvent(event) : null;
    String id = write || remove ? ArticleIndex.articleId(event) : null;
    if (!processed.firstDelivery(em, CONSUMER, event.id())) {
      return false;
    }
    if (id == null) {
      return true;
    }
    synchronized (stripes[Math.floorMod(id.hashCode(), stripes.length)]) {
      long indexed =
          engine
              .get(ArticleIndex.DEFINITION, id)
              .flatMap(ArticleIndex::versionOf)
              .orElse(Long.MIN_VALUE);
      if (event.version() <= indexed) {
        return true;
      }
      if (write) {
        engine.index(ArticleIndex.DEFINITION, document);
      } else {
        engine.delete(ArticleIndex.DEFINITION, id);
      }
    }
    return true;
  }
}
