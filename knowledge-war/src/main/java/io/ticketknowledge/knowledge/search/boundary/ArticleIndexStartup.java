package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.knowledge.search.control.ArticleReindex;
import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.SearchEngine;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the articles index exists when the module starts, and starts a reindex when the index
 * found is of an older definition (e.g. version 1, before folded text and drafts): until it is done
 * searches use the old index.
 */
@ApplicationScoped
public class ArticleIndexStartup {

  private static final Logger LOG = Logger.getLogger(ArticleIndexStartup.class.getName());

  @Inject SearchEngine engine;
  @Inject ArticleReindex reindex;

  @Inject
  @ConfigProperty(name = "knowledge.search.reindex-when-outdated", defaultValue = "true")
  boolean reindexWhenOutdated;

  /** A search engine that is down does not stop the module; every index call ensures it again. */
  void ensure(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    try {
      if (engine.ensureIndex(ArticleIndex.DEFINITION) == IndexStatus.OUTDATED
          && reindexWhenOutdated) {
        LOG.info("the articles index is of an older definition: reindexing it");
        reindex.start();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the articles index could not be checked at startup", e);
    }
  }
}
