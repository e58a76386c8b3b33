package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on the embedded adapter, in a temporary directory. */
class LuceneSearchEngineTest extends SearchEngineContract {

  @TempDir static Path directory;

  @Override
  protected SearchEngine engine() {
    return new LuceneSearchEngine(directory, "tk-test-", 160);
  }
}
