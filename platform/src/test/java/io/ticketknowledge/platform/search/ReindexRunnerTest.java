package io.ticketknowledge.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.platform.search.reindex.ReindexClaimedException;
import io.ticketknowledge.platform.search.reindex.ReindexRunner;
import io.ticketknowledge.platform.search.reindex.ReindexState;
import io.ticketknowledge.platform.search.reindex.ReindexStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexRunnerTest {

  @TempDir Path dir;

  private final IndexDefinition definition =
      new IndexDefinition("runner", 1, List.of(FieldDefinition.text("title", 1f))).withFoldedText();

  private static DocumentSource source(int count) {
    return new DocumentSource() {
      @Override
      public long count() {
        return count;
      }

      @Override
      public List<SearchDocument> readAfter(String afterId, int limit) {
        int from = afterId == null ? 0 : Integer.parseInt(afterId);
        List<SearchDocument> page = new ArrayList<>();
        for (int i = from + 1; i <= Math.min(count, from + limit); i++) {
          page.add(SearchDocument.of(Integer.toString(i), Map.of("title", "網路印表機 " + i)));
        }
        return page;
      }
    };
  }

  @Test
  void runsInTheBackgroundReportsProgressAndRefusesASecondRun() {
    try (LuceneSearchEngine engine = new LuceneSearchEngine(dir, "t-", 80)) {
      MemoryCheckpoints checkpoints = new MemoryCheckpoints();
      List<Runnable> queued = new ArrayList<>();
      Executor later = queued::add;
      ReindexRunner runner = new ReindexRunner(definition);
      ReindexRunner.Settings settings =
          new ReindexRunner.Settings(
              engine, checkpoints, later, 7, Duration.ofMinutes(1), Clock.systemUTC());
      assertEquals(ReindexState.IDLE, runner.status(settings).state());

      ReindexStatus started = runner.start(settings, () -> source(20));
      assertEquals(ReindexState.RUNNING, started.state());
      assertThrows(ReindexClaimedException.class, () -> runner.start(settings, () -> source(20)));

      queued.forEach(Runnable::run);
      ReindexStatus done = runner.status(settings);
      assertEquals(ReindexState.COMPLETED, done.state(), done.toString());
      assertEquals(20, done.done());
      assertEquals(20, done.total());
      // the new generation holds folded text: a Simplified query finds the Traditional title
      assertEquals(
          20,
          engine
              .search(
                  definition,
                  SearchQuery.text("网路打印")
                      .glossary(io.ticketknowledge.platform.search.analysis.Glossary.empty())
                      .build())
              .total());
    }
  }

  @Test
  void aClaimHeldElsewhereShowsAsRunning() {
    try (LuceneSearchEngine engine = new LuceneSearchEngine(dir, "t-", 80)) {
      MemoryCheckpoints checkpoints = new MemoryCheckpoints();
      checkpoints.claim("runner", "other-server", Instant.now(), Duration.ofMinutes(5));
      ReindexRunner runner = new ReindexRunner(definition);
      ReindexRunner.Settings settings =
          new ReindexRunner.Settings(
              engine, checkpoints, Runnable::run, 7, Duration.ofMinutes(1), Clock.systemUTC());
      assertEquals(ReindexState.RUNNING, runner.status(settings).state());
      assertThrows(ReindexClaimedException.class, () -> runner.start(settings, () -> source(3)));
    }
  }
}
