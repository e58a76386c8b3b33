package io.ticketknowledge.knowledge.glossary.boundary;

import io.ticketknowledge.knowledge.glossary.control.KnowledgeGlossary;
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
 * Seeds an empty glossary with the platform's common IT terms at startup ({@code
 * knowledge.glossary.seed}); admins change or remove entries afterwards through the API.
 */
@ApplicationScoped
public class GlossarySeed {

  private static final Logger LOG = Logger.getLogger(GlossarySeed.class.getName());

  @Inject KnowledgeGlossary glossary;

  @Inject
  @ConfigProperty(name = "knowledge.glossary.seed", defaultValue = "true")
  boolean seed;

  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 550)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!seed) {
      return;
    }
    try {
      if (glossary.seedIfEmpty("system:seed")) {
        LOG.info("search glossary seeded with the platform's IT terms");
      }
    } catch (RuntimeException e) {
      // two servers starting at once: the other one seeded it
      LOG.log(Level.INFO, "search glossary not seeded here: " + e.getMessage());
    }
  }
}
