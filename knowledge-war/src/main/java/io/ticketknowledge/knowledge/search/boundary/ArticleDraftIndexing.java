package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.articles.entity.ArticleChanged;
import io.ticketknowledge.knowledge.articles.entity.ArticleStatus;
import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.knowledge.search.control.ArticleRow;
import io.ticketknowledge.platform.search.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps drafts and articles in review in the articles index for editors, after the change
 * committed. Live articles are left to the outbox events ({@code ArticleSearchIndexing}); a draft's
 * document never replaces a newer indexed version. A write that fails here (engine down) is logged
 * and repaired by the next change of the article or a reindex: drafts are the editors' working
 * copies, not part of the event stream other modules read.
 */
@ApplicationScoped
public class ArticleDraftIndexing {

  private static final Logger LOG = Logger.getLogger(ArticleDraftIndexing.class.getName());

  @Inject SearchEngine engine;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged article) {
    if (article.live()) {
      return;
    }
    String id = Long.toString(article.id());
    try {
      long indexed =
          engine
              .get(ArticleIndex.DEFINITION, id)
              .flatMap(ArticleIndex::versionOf)
              .orElse(Long.MIN_VALUE);
      if (article.version() <= indexed) {
        return;
      }
      if (article.status() == ArticleStatus.ARCHIVED) {
        engine.delete(ArticleIndex.DEFINITION, id);
      } else {
        engine.index(ArticleIndex.DEFINITION, ArticleIndex.fromRow(row(article)));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "draft " + id + " not indexed; a reindex repairs it", e);
    }
  }

  static ArticleRow row(ArticleChanged a) {
    return new ArticleRow(
        a.id(),
        a.title(),
        a.summary(),
        a.body(),
        a.locale(),
        a.categoryId(),
        a.tags(),
        a.audience(),
        a.audienceGroup(),
        a.ownerId(),
        null,
        a.updatedAt(),
        a.version(),
        a.status().name());
  }
}
