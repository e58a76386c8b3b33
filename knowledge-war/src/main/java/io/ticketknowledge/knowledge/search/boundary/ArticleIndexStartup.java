package io.ticketknowledge.knowledge.search.boundary;

import io.ticketknowledge.knowledge.search.control.ArticleIndex;
import io.ticketknowledge.platform.search.SearchEngine;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Makes sure the articles index exists when the module starts. */
@ApplicationScoped
public class ArticleIndexStartup {

  private static final Logger LOG = Logger.getLogger(ArticleIndexStartup.class.getName());

  @Inject SearchEngine engine;

  /** A search engine that is down does not stop the module; every index call ensures it again. */
  void ensure(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 600)
          @Initialized(ApplicationScoped.class)
          Object started) {
    try {
      engine.ensureIndex(ArticleIndex.DEFINITION);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the articles index could not be checked at startup", e);
    }
  }
}
