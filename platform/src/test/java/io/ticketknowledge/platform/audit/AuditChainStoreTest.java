package io.ticketknowledge.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.H2InPostgresMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit tables of the Ticket module's real migration on H2, appended to concurrently. */
class AuditChainStoreTest {

  static final Path MIGRATION =
      Path.of("../ticket-war/src/main/resources/db/migration/ticket/V100__audit_trail.sql");
  static final CheckpointSigner SIGNER = AuditChainVerifierTest.SIGNER;

  DataSource dataSource;
  AuditChainStore store = new AuditChainStore("ticket");

  @BeforeEach
  void schema() throws Exception {
    dataSource = H2InPostgresMode.fresh();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create schema ticket");
      statement.execute("set schema ticket");
      StringBuilder current = new StringBuilder();
      for (String line : Files.readAllLines(MIGRATION)) {
        if (line.startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.trim().endsWith(";")) {
          statement.execute(current.toString().trim().replaceAll(";$", ""));
          current.setLength(0);
        }
      }
    }
  }

  AuditRecord append(AuditEntry entry) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      AuditRecord record = store.append(connection, entry, SIGNER, 10);
      connection.commit();
      return record;
    }
  }

  ChainReport verify() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return store.verify(connection, SIGNER);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void concurrentAppendsMakeOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 25; i++) {
                  append(AuditChainVerifierTest.entry(writer * 100 + i, "w" + writer));
                }
                return null;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();
    ChainReport report = verify();
    assertTrue(report.intact(), report.toString());
    assertEquals(100, report.records());
    assertEquals(10, report.checkpoints());
  }

  @Test
  void tamperingDeletingAndReorderingInTheDatabaseAreFound() throws Exception {
    for (int i = 1; i <= 12; i++) {
      append(AuditChainVerifierTest.entry(i, "v" + i));
    }
    assertTrue(verify().intact());

    execute("update ticket.audit_record set subject = 'someone-else' where seq = 5");
    ChainReport tampered = verify();
    assertFalse(tampered.intact());
    assertEquals(5L, tampered.brokenAt());
    execute("update ticket.audit_record set subject = 'admin-5' where seq = 5");
    assertTrue(verify().intact());

    execute("update ticket.audit_record set seq = -7 where seq = 7");
    execute("update ticket.audit_record set seq = 7 where seq = 8");
    execute("update ticket.audit_record set seq = 8 where seq = -7");
    ChainReport reordered = verify();
    assertFalse(reordered.intact());
    assertEquals(7L, reordered.brokenAt());

    execute("delete from ticket.audit_record where seq = 3");
    ChainReport deleted = verify();
    assertFalse(deleted.intact());
    assertEquals(3L, deleted.brokenAt());
  }

  @Test
  void searchFiltersAndPagesNewestFirst() throws Exception {
    for (int i = 1; i <= 7; i++) {
      append(AuditChainVerifierTest.entry(i, "v" + i));
    }
    append(
        new AuditEntry(
            Instant.now(),
            AuditActor.of(null, List.of(), "10.0.0.9", "=cmd|'/c calc'!A1", "r"),
            AuditAction.ACCESS_REFUSED,
            new AuditObject("request", "GET /audit"),
            List.of(),
            AuditOutcome.UNAUTHENTICATED,
            null));
    try (Connection connection = dataSource.getConnection()) {
      List<AuditRecord> page =
          store.search(
              connection,
              new AuditQuery(
                  null, AuditAction.GROUP_CHANGED, null, null, null, null, null, null, 3));
      assertEquals(List.of(7L, 6L, 5L), page.stream().map(AuditRecord::seq).toList());
      List<AuditRecord> next =
          store.search(
              connection,
              new AuditQuery(null, AuditAction.GROUP_CHANGED, null, null, null, null, null, 5L, 3));
      assertEquals(List.of(4L, 3L, 2L), next.stream().map(AuditRecord::seq).toList());
      List<AuditRecord> refused =
          store.search(
              connection,
              new AuditQuery(
                  null, null, null, null, AuditOutcome.UNAUTHENTICATED, null, null, null, 10));
      assertEquals(1, refused.size());
      assertNull(refused.get(0).entry().actor().subject());
      assertTrue(AuditCsv.row(refused.get(0)).contains("\"'=cmd|'/c calc'!A1\""));
      List<AuditRecord> byObject =
          store.search(
              connection,
              new AuditQuery("admin-2", null, "group", "2", null, null, null, null, 10));
      assertEquals(1, byObject.size());
    }
  }
}
