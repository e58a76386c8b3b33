package io.ticketknowledge.ticket.search.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import io.ticketknowledge.platform.search.reindex.CheckpointStore;
import io.ticketknowledge.platform.search.reindex.DocumentSource;
import io.ticketknowledge.platform.search.reindex.JdbcCheckpointStore;
import io.ticketknowledge.platform.search.reindex.ReindexJob;
import io.ticketknowledge.ticket.search.entity.IndexedTicket;
import io.ticketknowledge.ticket.search.entity.ReindexState;
import io.ticketknowledge.ticket.search.entity.ReindexStatus;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    db = ModuleSchemaOnH2.migrated("ticket");
    engine = new LuceneSearchEngine(dir, "t-", 160);
    indexer = new TicketIndexer();
    indexer.engine = engine;
    gate = new CountDownLatch(0);
    reindex = reindex(engine);
  }

  /** A server's reindex on the shared database and index ({@code engine} may inject faults). */
  private TicketReindex reindex(SearchEngine engine) {
    return configured(new TicketReindex(), engine);
  }

  private TicketReindex configured(TicketReindex server, SearchEngine engine) {
    server.engine = engine;
    server.dataSource = db;
    server.batchSize = 2;
    server.catchUpMarginSeconds = 60;
    server.leaseSeconds = 120;
    server.executor = executor();
    return server;
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
    assertEquals(ReindexState.IDLE, reindex.status().state());

    reindex.start();
    ReindexStatus done = awaitFinished();

    assertEquals(ReindexState.COMPLETED, done.state(), done.toString());
    assertEquals(5, done.done());
    assertEquals(5, done.total());
    assertFalse(done.resumed());
    assertTrue(done.targetGeneration().contains("tickets-v5-"), done.targetGeneration());
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
    assertEquals(ReindexState.RUNNING, reindex.status().state());

    gate.countDown();
    assertEquals(ReindexState.COMPLETED, awaitFinished().state());
    reindex.start(); // a finished run does not block the next
    assertEquals(ReindexState.COMPLETED, awaitFinished().state());
  }

  @Test
  void anInterruptedReindexResumesFromItsCheckpoint() throws Exception {
    for (int i = 1; i <= 5; i++) {
      insert(i, "鍵盤 " + i, 1);
    }
    // an earlier process wrote two batches, then died
    JdbcCheckpointStore checkpoints = new JdbcCheckpointStore(db, TicketReindex.CHECKPOINT_TABLE);
    TicketRows rows = new TicketRows(db, Duration.ofSeconds(60));
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
    assertEquals(ReindexState.INTERRUPTED, reindex.status().state());
    assertEquals(0, search("鍵盤").total(), "the alias still serves the old, empty generation");

    reindex.start();
    ReindexStatus done = awaitFinished();

    assertEquals(ReindexState.COMPLETED, done.state(), done.toString());
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

    assertEquals(ReindexState.COMPLETED, done.state(), done.toString());
    assertEquals(2, search("").total());
    assertEquals(1, search("新").total());
    assertEquals(0, search("舊").total());
  }

  @Test
  void aBatchWritesTheNewestStateOfEachTicketInOneBulkAndNeverAnOlderOne() {
    assertTrue(indexer.indexIfNewer(ticket(3, "printer gamma", 3)));

    int written =
        indexer.indexAllIfNewer(
            List.of(
                ticket(4, "keyboard alpha", 1),
                ticket(
                    4, "keyboard bravo", 2), // the same ticket again in the batch: the newer wins
                ticket(3, "printer beta", 2), // older than indexed: refused
                ticket(5, "耳機", 1)));

    assertEquals(2, written, "tickets 4 (version 2) and 5");
    assertEquals(1, search("bravo").total());
    assertEquals(0, search("alpha").total());
    assertEquals(1, search("gamma").total());
    assertEquals(0, search("beta").total());
    assertEquals(0, indexer.indexAllIfNewer(List.of(ticket(5, "耳機", 1))), "a redelivery");
  }

  // ---- crash safety: the job killed at each step, then run again ----

  /** Where the job dies; the change of ticket 2 happens during the first batch of every run. */
  enum Step {
    FILLING,
    SWAP,
    CATCH_UP,
    DROP_OLD_GENERATION,
    CLEAR_CHECKPOINT
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aReindexKilledAtAnyStepLosesNoChangeMadeDuringIt(Step step) throws Exception {
    for (int i = 1; i <= 5; i++) {
      insert(i, "鍵盤 " + i, 1);
      indexer.indexIfNewer(ticket(i, "鍵盤 " + i, 1));
    }
    TicketReindex dying = dyingAt(step);

    dying.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> dying.status().state() != ReindexState.RUNNING);
    assertEquals(ReindexState.FAILED, dying.status().state(), "killed at " + step);

    reindex.start();
    ReindexStatus done = awaitFinished();
    assertEquals(ReindexState.COMPLETED, done.state(), done.toString());
    assertEquals(List.of("2"), search("滑鼠").ids(), "the change made during the run is found");
    assertEquals(4, search("鍵盤").total(), "and its old state is not");
    assertEquals(1, generationsOnDisk(), "the old generation is gone, the new one serves");
    assertTrue(
        new JdbcCheckpointStore(db, TicketReindex.CHECKPOINT_TABLE).load("tickets").isEmpty());
  }

  /** A server whose job dies at {@code step}; ticket 2 changes while its first batch is written. */
  private TicketReindex dyingAt(Step step) {
    AtomicInteger fills = new AtomicInteger();
    SearchEngine faulty =
        (SearchEngine)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SearchEngine.class},
                (proxy, method, args) -> {
                  String name = method.getName();
                  if (name.equals("bulkInto") && fills.incrementAndGet() == 1) {
                    changeTicket2DuringTheRun();
                  }
                  boolean dies =
                      switch (step) {
                        case FILLING -> name.equals("bulkInto") && fills.get() == 2;
                        case SWAP -> name.equals("switchTo");
                        case CATCH_UP -> name.equals("bulk");
                        case DROP_OLD_GENERATION -> name.equals("dropOthers");
                        case CLEAR_CHECKPOINT -> false;
                      };
                  if (dies) {
                    throw new IllegalStateException("killed at " + step);
                  }
                  try {
                    return method.invoke(engine, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    TicketReindex server =
        new TicketReindex() {
          @Override
          CheckpointStore checkpoints() {
            CheckpointStore real = super.checkpoints();
            return step != Step.CLEAR_CHECKPOINT
                ? real
                : (CheckpointStore)
                    Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {CheckpointStore.class},
                        (proxy, method, args) -> {
                          if (method.getName().equals("clear")) {
                            throw new IllegalStateException("killed at " + step);
                          }
                          try {
                            return method.invoke(real, args);
                          } catch (InvocationTargetException e) {
                            throw e.getCause();
                          }
                        });
          }
        };
    return configured(server, faulty);
  }

  /** What the consumer does meanwhile: the table changes, the event reaches the alias. */
  private void changeTicket2DuringTheRun() throws Exception {
    try (Connection connection = db.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE ticket.tickets SET subject = '滑鼠 新', version = 2, updated_at = ?"
                    + " WHERE id = 2")) {
      update.setTimestamp(1, Timestamp.from(Instant.now()));
      update.executeUpdate();
    }
    indexer.indexIfNewer(ticket(2, "滑鼠 新", 2));
  }

  private long generationsOnDisk() throws Exception {
    try (var entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith("t-tickets-v"))
          .count();
    }
  }

  // ---- one run across servers ----

  @Test
  void aSecondServerCannotStartAReindexWhileOneRuns() {
    insert(1, "VPN", 1);
    gate = new CountDownLatch(1);
    TicketReindex first = reindex(engine);
    TicketReindex second = reindex(engine);

    first.start();
    ApiException conflict = assertThrows(ApiException.class, second::start);
    assertEquals(ProblemKind.CONFLICT, conflict.kind());
    assertEquals(ReindexState.RUNNING, second.status().state(), "the other server sees it run");

    gate.countDown();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> first.status().state() == ReindexState.COMPLETED);
    assertEquals(ReindexState.IDLE, second.status().state());
    gate = new CountDownLatch(0);
    second.executor = executor();
    second.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> second.status().state() == ReindexState.COMPLETED);
  }

  @Test
  void aRunWhoseServerDiedIsTakenOverOnceItsLeaseExpired() {
    insert(1, "VPN", 1);
    CheckpointStore store = new JdbcCheckpointStore(db, TicketReindex.CHECKPOINT_TABLE);
    assertTrue(store.claim("tickets", "dead-server/1", Instant.now(), Duration.ofSeconds(120)));

    assertThrows(ApiException.class, reindex::start, "the lease still runs");
    assertEquals(ReindexState.RUNNING, reindex.status().state());

    reindex.clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(121));
    reindex.start();
    assertEquals(ReindexState.COMPLETED, awaitFinished().state());
    assertEquals(1, search("VPN").total());
  }

  // ---- requested by a database restore ----

  @Test
  void aReindexRequestedByARestoreRunsByItselfOnceAndRebuildsFromTheRestoredTable()
      throws Exception {
    insert(1, "印表機 還原後", 3);
    // the index still holds version 5 of the ticket from before the restore
    indexer.indexIfNewer(ticket(1, "舊版本", 5));
    assertFalse(reindex.startIfRequested(), "nothing requested");
    try (Connection connection = db.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO ticket.search_reindex_request (index_name, reason)"
                    + " VALUES ('*', 'database restored')")) {
      insert.executeUpdate();
    }

    assertTrue(reindex.startIfRequested());
    assertEquals(ReindexState.COMPLETED, awaitFinished().state());

    assertEquals(List.of("1"), search("還原後").ids(), "the restored state is indexed");
    assertEquals(0, search("舊版本").total());
    assertTrue(indexer.indexIfNewer(ticket(1, "印表機 再改", 4)), "later changes are taken again");
    assertTrue(new ReindexRequests(db).oldest().isEmpty(), "the request is answered");
    assertFalse(reindex.startIfRequested());
  }

  // ---- helpers ----

  private ReindexStatus awaitFinished() {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> reindex.status().state() != ReindexState.RUNNING);
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
