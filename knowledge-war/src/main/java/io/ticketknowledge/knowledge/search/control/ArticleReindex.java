package io.ticketknowledge.knowledge.search.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexClaimedException;
import io.ticketknowledge.platform.search.reindex.ReindexRunner;
import io.ticketknowledge.platform.search.reindex.ReindexStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the articles index from the articles tables (live articles and drafts) with the
 * platform's {@link ReindexRunner}: one run across every server on the database, resumable from its
 * checkpoint, a catch-up of the articles changed during the run after the alias swap.
 */
@ApplicationScoped
public class ArticleReindex {

  static final String CHECKPOINT_TABLE = "knowledge.search_reindex_checkpoint";

  private final ReindexRunner runner = new ReindexRunner(ArticleIndex.DEFINITION);

  @Inject SearchEngine engine;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.batch-size")
  int batchSize;

  @Inject
  @ConfigProperty(name = "tk.search.reindex.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "knowledge.search.catch-up-margin-seconds", defaultValue = "60")
  long catchUpMarginSeconds;

  /**
   * @throws ApiException CONFLICT when a reindex of the articles runs on this or another server
   */
  public ReindexStatus start() {
    try {
      return runner.start(
          settings(), () -> new ArticleRows(dataSource, Duration.ofSeconds(catchUpMarginSeconds)));
    } catch (ReindexClaimedException e) {
      throw new ApiException(ProblemKind.CONFLICT, "knowledge.search.reindex-running");
    }
  }

  public ReindexStatus status() {
    return runner.status(settings());
  }

  private ReindexRunner.Settings settings() {
    return new ReindexRunner.Settings(
        engine,
        new JdbcCheckpointStore(dataSource, CHECKPOINT_TABLE),
        executor,
        batchSize,
        Duration.ofSeconds(leaseSeconds),
        Clock.systemUTC());
  }
}
