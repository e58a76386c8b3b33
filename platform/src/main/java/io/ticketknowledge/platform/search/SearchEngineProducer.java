package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.elasticsearch.ElasticsearchSearchEngine;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Provides the search port with the adapter {@code tk.search.adapter} names: {@code lucene}
 * (embedded, never touches Elasticsearch) or {@code elasticsearch}.
 */
@ApplicationScoped
public class SearchEngineProducer {

  @Inject
  @ConfigProperty(name = "tk.search.adapter")
  String adapter;

  @Inject
  @ConfigProperty(name = "tk.search.index-prefix")
  String prefix;

  @Inject
  @ConfigProperty(name = "tk.search.snippet-length")
  int snippetLength;

  @Inject
  @ConfigProperty(name = "tk.search.lucene.dir")
  String luceneDir;

  @Inject
  @ConfigProperty(name = "tk.es.url")
  String esUrl;

  @Inject
  @ConfigProperty(name = "tk.search.es.replicas")
  int replicas;

  @Inject
  @ConfigProperty(name = "tk.search.es.timeout-ms")
  int timeoutMs;

  @Inject
  @ConfigProperty(name = "tk.es.username")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "tk.es.password")
  Optional<String> password;

  @Produces
  @ApplicationScoped
  SearchEngine searchEngine() {
    return switch (adapter) {
      // one engine per application (CDI shares the application scope across the EAR's modules):
      // a Lucene directory takes one writer only
      case "lucene" -> new LuceneSearchEngine(Path.of(luceneDir), prefix, snippetLength);
      case "elasticsearch" ->
          new ElasticsearchSearchEngine(
              new ElasticsearchSearchEngine.Settings(
                  esUrl, prefix, replicas, timeoutMs, user.orElse(null), password.orElse(null)),
              snippetLength);
      default ->
          throw new IllegalStateException(
              "tk.search.adapter must be lucene or elasticsearch, not " + adapter);
    };
  }

  void close(@Disposes SearchEngine engine) {
    engine.close();
  }
}
