package io.ticketknowledge.ticket.search.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.search.entity.ReindexStatus;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reindex of the tickets index on H2 in PostgreSQL mode (as embedded) with the module's real
 * migrations, V4__search_checkpoint.sql included, and the Lucene adapter in a temp directory.
 */
class TicketReindexOnH2Test {

  @TempDir Path dir;

  private DataSource db;
  private LuceneSearchEngine engine;
  private TicketIndexer indexer;
  private TicketReindex reindex;
  private CountDownLatch gate;

  @BeforeEach
  void setUp() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    db = h2;
    SchemaMigrator.migrate(db, "ticket", getClass().getClassLoader());
    engine = new LuceneSearchEngine(dir, "t-", 160);
    indexer = new TicketIndexer();
    indexer.engine = engine;
    reindex = new TicketReindex();
    reindex.engine = engine;
    reindex.indexer = indexer;
    reindex.dataSource = db;
    reindex.batchSize = 2;
    reindex.catchUpMarginSeconds = 60;
    gate = new CountDownLatch(0);
    reindex.executor = executor();
  }

  @AfterEach
  void tearDown() {
    engine.close();
  }

  @Test
  void aReindexIndexesEveryTicketWithProgress() {
    for (int i = 1; i <= 5; i++) {
      insert(i, "印表機 " + i, 1);
    }
    assertEquals("IDLE", reindex.status().state());

    reindex.start();
    ReindexStatus done = awaitFinished();

    assertEquals("COMPLETED", done.state(), done.toString());
    assertEquals(5, done.done());
    assertEquals(5, done.total());
    assertFalse(done.resumed());
    assertTrue(done.targetGeneration().contains("tickets-v2-"), done.targetGeneration());
    assertEquals(5, search("印表機").total());
    assertTrue(
        new JdbcCheckpointStore(db, TicketReindex.CHECKPOINT_TABLE).load("tickets").isEmpty());
  }

  @Test
  void aSecondStartWhileOneRunsIsAConflict() {
    insert(1, "VPN", 1);
    gate = new CountDownLatch(1);
    reindex.executor = executor();

    reindex.start();
    ApiException conflict = assertThrows(ApiException.class, reindex::start);
    assertEquals(ProblemKind.CONFLICT, conflict.kind());
    assertEquals("RUNNING", reindex.status().state());

    gate.countDown();
    assertEquals("COMPLETED", awaitFinished().state());
    reindex.start(); // a finished run does not block the next
    assertEquals("COMPLETED", awaitFinished().state());
  }

  @Test
  void anInterruptedReindexResumesFromItsCheckpoint() throws Exception {
    for (int i = 1; i <= 5; i++) {
      insert(i, "鍵盤 " + i, 1);
    }
    // an earlier process wrote two batches, then died
    JdbcCheckpointStore checkpoints = new JdbcCheckpointStore(db, TicketReindex.CHECKPOINT_TABLE);
    TicketRows rows = new TicketRows(db);
    DocumentSource dying =
        new DocumentSource() {
          int batches;

          @Override
          public long count() {
            return rows.count();
          }

          @Override
          public List<SearchDocument> readAfter(String afterId, int limit) {
            if (++batches > 2) {
              throw new IllegalStateException("process killed");
            }
            return rows.readAfter(afterId, limit);
          }
        };
    assertThrows(
        IllegalStateException.class,
        () -> new ReindexJob(engine, checkpoints, 2, p -> {}).run(TicketIndex.DEFINITION, dying));
    Instant firstStart = startedAt();
    assertEquals(4, checkpoints.load("tickets").orElseThrow().done());
    assertEquals("INTERRUPTED", reindex.status().state());
    assertEquals(0, search("鍵盤").total(), "the alias still serves the old, empty generation");

    reindex.start();
    ReindexStatus done = awaitFinished();

    assertEquals("COMPLETED", done.state(), done.toString());
    assertTrue(done.resumed());
    assertEquals(5, done.done(), "4 from the checkpoint + 1");
    assertEquals(5, search("鍵盤").total());
    assertTrue(firstStart.isBefore(Instant.now().plusSeconds(1)));
  }

  @Test
  void anOlderTicketStateNeverReplacesANewerOne() {
    insert(1, "螢幕閃爍", 1);
    // the consumer indexed version 2 of ticket 2 through the alias; the table says 2 as well
    insert(2, "滑鼠故障 新", 2);
    assertTrue(indexer.indexIfNewer(ticket(2, "滑鼠故障 新", 2)));
    assertFalse(indexer.indexIfNewer(ticket(2, "滑鼠故障 舊", 1)), "older state refused");
    assertFalse(indexer.indexIfNewer(ticket(2, "滑鼠故障 新", 2)), "same version: nothing to do");

    reindex.start();
    ReindexStatus done = awaitFinished();

    assertEquals("COMPLETED", done.state(), done.toString());
    assertEquals(2, search("").total());
    assertEquals(1, search("新").total());
    assertEquals(0, search("舊").total());
  }

  // ---- helpers ----

  private ReindexStatus awaitFinished() {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> !"RUNNING".equals(reindex.status().state()));
    return reindex.status();
  }

  private SearchPage search(String text) {
    return engine.search(TicketIndex.DEFINITION, SearchQuery.text(text).pageSize(100).build());
  }

  private static IndexedTicket ticket(long id, String subject, long version) {
    Instant now = Instant.now();
    return new IndexedTicket(id, subject, "說明", "NEW", "NORMAL", "u-1", "王小明", now, now, version);
  }

  private void insert(long id, String subject, long version) {
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ticket.tickets (id, subject, description, status, priority,"
                    + " requester_id, requester_name, created_at, updated_at, version,"
                    + " ticket_number)"
                    + " VALUES (?, ?, '說明', 'NEW', 'P3', 'u-1', '王小明', ?, ?, ?,"
                    + " 'TK-2026-' || LPAD(CAST(NEXTVAL('ticket.ticket_numbers') AS VARCHAR(20)), 6, '0'))")) {
      insert.setLong(1, id);
      insert.setString(2, subject);
      insert.setTimestamp(3, Timestamp.from(Instant.now()));
      insert.setTimestamp(4, Timestamp.from(Instant.now()));
      insert.setLong(5, version);
      insert.executeUpdate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Instant startedAt() throws Exception {
    try (Connection connection = db.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT started_at FROM ticket.search_reindex_checkpoint WHERE index_name = 'tickets'");
        ResultSet row = select.executeQuery()) {
      assertTrue(row.next());
      return row.getTimestamp(1).toInstant();
    }
  }

  /** Runs each task on a new thread, after {@link #gate} opens. */
  private ManagedExecutorService executor() {
    CountDownLatch latch = gate;
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("execute")) {
                throw new UnsupportedOperationException(method.getName());
              }
              Runnable task = (Runnable) args[0];
              new Thread(
                      () -> {
                        try {
                          latch.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        task.run();
                      })
                  .start();
              return null;
            });
  }
}
