package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.elasticsearch.ElasticsearchSearchEngine;
import java.util.UUID;

/**
 * The search contract on a real Elasticsearch at {@code TK_ES_URL}, under an index prefix unique to
 * this run; the suite drops its indexes at the end.
 */
class ElasticsearchSearchEngineIT extends SearchEngineContract {

  @Override
  protected SearchEngine engine() {
    String url = System.getenv("TK_ES_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "TK_ES_URL is not set: source .services/env (scripts/services/up.sh writes it)");
    }
    String prefix = "tk-it-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    return new ElasticsearchSearchEngine(
        new ElasticsearchSearchEngine.Settings(url, prefix, 0, 30_000, null, null), 160);
  }
}
