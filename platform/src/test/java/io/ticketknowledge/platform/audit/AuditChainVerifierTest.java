package io.ticketknowledge.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  static final String KEY = "test-key-of-at-least-thirty-two-bytes!!";
  static final CheckpointSigner SIGNER = new CheckpointSigner("k1", KEY);

  /** A chain of {@code n} records with a checkpoint every {@code every}. */
  record Chain(List<AuditRecord> records, List<AuditCheckpoint> checkpoints) {

    static Chain of(int n, int every) {
      List<AuditRecord> records = new ArrayList<>();
      List<AuditCheckpoint> checkpoints = new ArrayList<>();
      String previous = AuditHashes.GENESIS;
      for (int seq = 1; seq <= n; seq++) {
        AuditRecord record = AuditRecord.chained(seq, entry(seq, "group-" + seq), previous);
        records.add(record);
        if (seq % every == 0) {
          checkpoints.add(SIGNER.sign("ticket", seq, record.hash(), Instant.EPOCH));
        }
        previous = record.hash();
      }
      return new Chain(records, checkpoints);
    }

    AuditChainVerifier.Head head() {
      AuditRecord last = records.get(records.size() - 1);
      return new AuditChainVerifier.Head(last.seq(), last.hash());
    }

    ChainReport verify() {
      return new AuditChainVerifier("ticket", SIGNER)
          .verify(records.iterator(), checkpoints, Optional.of(head()));
    }
  }

  static AuditEntry entry(int n, String after) {
    return new AuditEntry(
        Instant.parse("2026-11-30T10:00:00Z").plusSeconds(n),
        AuditActor.of("admin-" + n, List.of("admin", "agent"), "10.0.0.1", "curl/8", "req-" + n),
        AuditAction.GROUP_CHANGED,
        AuditObject.of("group", n),
        List.of(FieldChange.of("name", "before", after), FieldChange.of("apiToken", "s1", "s2")),
        AuditOutcome.SUCCESS,
        null);
  }

  @Test
  void anIntactChainVerifies() {
    ChainReport report = Chain.of(25, 10).verify();
    assertTrue(report.intact(), report.toString());
    assertEquals(25, report.records());
    assertEquals(2, report.checkpoints());
    assertTrue(report.signed());
  }

  @Test
  void anEmptyChainVerifies() {
    ChainReport report =
        new AuditChainVerifier("ticket", SIGNER)
            .verify(
                Collections.emptyIterator(),
                List.of(),
                Optional.of(new AuditChainVerifier.Head(0, AuditHashes.GENESIS)));
    assertTrue(report.intact());
    assertEquals(0, report.records());
  }

  @Test
  void secretsAreMasked() {
    FieldChange secret = entry(1, "x").changes().get(1);
    assertEquals(FieldChange.MASK, secret.before());
    assertEquals(FieldChange.MASK, secret.after());
    assertEquals("x", entry(1, "x").changes().get(0).after());
  }

  @Test
  void oneTamperedRowIsFound() {
    Chain chain = Chain.of(25, 10);
    AuditRecord original = chain.records().get(12);
    chain
        .records()
        .set(
            12,
            new AuditRecord(
                original.seq(), entry(13, "tampered"), original.previousHash(), original.hash()));
    ChainReport report = chain.verify();
    assertFalse(report.intact());
    assertEquals(13L, report.brokenAt());
    assertTrue(report.problem().contains("altered"), report.problem());
    assertEquals(12, report.records());
  }

  @Test
  void oneDeletedRowIsFound() {
    Chain chain = Chain.of(25, 10);
    chain.records().remove(6);
    ChainReport report = chain.verify();
    assertFalse(report.intact());
    assertEquals(7L, report.brokenAt());
    assertTrue(report.problem().contains("missing"), report.problem());
  }

  @Test
  void aDeletedRowWithTheRestRenumberedAndRehashedIsFoundByTheCheckpoint() {
    Chain chain = Chain.of(25, 10);
    chain.records().remove(6);
    // the attacker renumbers and recomputes every hash after the hole, and the head
    List<AuditRecord> rewritten = new ArrayList<>();
    String previous = AuditHashes.GENESIS;
    for (int i = 0; i < chain.records().size(); i++) {
      AuditRecord record = AuditRecord.chained(i + 1, chain.records().get(i).entry(), previous);
      rewritten.add(record);
      previous = record.hash();
    }
    ChainReport report = new Chain(rewritten, chain.checkpoints()).verify();
    assertFalse(report.intact());
    assertEquals(1L, report.brokenAt());
    assertTrue(report.problem().contains("rewritten"), report.problem());
  }

  @Test
  void reorderedRowsAreFound() {
    Chain chain = Chain.of(25, 10);
    Collections.swap(chain.records(), 3, 4);
    ChainReport report = chain.verify();
    assertFalse(report.intact());
    assertEquals(4L, report.brokenAt());
  }

  @Test
  void rowsWithSwappedSeqNumbersAreFound() {
    Chain chain = Chain.of(25, 10);
    AuditRecord fourth = chain.records().get(3);
    AuditRecord fifth = chain.records().get(4);
    chain.records().set(3, new AuditRecord(4, fifth.entry(), fifth.previousHash(), fifth.hash()));
    chain
        .records()
        .set(4, new AuditRecord(5, fourth.entry(), fourth.previousHash(), fourth.hash()));
    ChainReport report = chain.verify();
    assertFalse(report.intact());
    assertEquals(4L, report.brokenAt());
    assertTrue(report.problem().contains("does not follow"), report.problem());
  }

  @Test
  void rowsCutOffAtTheEndAreFoundByTheHeadAndTheCheckpoints() {
    Chain chain = Chain.of(25, 10);
    AuditChainVerifier.Head head = chain.head();
    List<AuditRecord> cut = new ArrayList<>(chain.records().subList(0, 15));
    ChainReport byHead =
        new AuditChainVerifier("ticket", SIGNER)
            .verify(cut.iterator(), chain.checkpoints().subList(0, 1), Optional.of(head));
    assertFalse(byHead.intact());
    assertEquals(16L, byHead.brokenAt());
    ChainReport byCheckpoint =
        new AuditChainVerifier("ticket", SIGNER)
            .verify(cut.iterator(), chain.checkpoints(), Optional.empty());
    assertFalse(byCheckpoint.intact());
    assertEquals(16L, byCheckpoint.brokenAt());
  }

  @Test
  void aForgedCheckpointSignatureIsFound() {
    Chain chain = Chain.of(25, 10);
    AuditCheckpoint good = chain.checkpoints().get(1);
    CheckpointSigner other = new CheckpointSigner("k1", "another-key-of-at-least-thirty-two-b");
    chain.checkpoints().set(1, other.sign("ticket", good.seq(), good.hash(), Instant.EPOCH));
    ChainReport report = chain.verify();
    assertFalse(report.intact());
    assertEquals(20L, report.brokenAt());
    assertTrue(report.problem().contains("signature"), report.problem());
  }

  @Test
  void aCheckpointOfTheOtherModuleDoesNotVerify() {
    AuditCheckpoint checkpoint = SIGNER.sign("knowledge", 10, "abc", Instant.EPOCH);
    assertFalse(SIGNER.verifies("ticket", checkpoint));
    assertTrue(SIGNER.verifies("knowledge", checkpoint));
  }

  @Test
  void withoutAKeyTheHashesOfCheckpointsAreStillCompared() {
    Chain chain = Chain.of(25, 10);
    ChainReport report =
        new AuditChainVerifier("ticket", null)
            .verify(chain.records().iterator(), chain.checkpoints(), Optional.of(chain.head()));
    assertTrue(report.intact());
    assertFalse(report.signed());
  }

  @Test
  void csvCellsNeverStartAFormula() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvCells.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1\"", CsvCells.cell("+1"));
    assertEquals("\"'-2\"", CsvCells.cell("-2"));
    assertEquals("\"'@SUM(A1)\"", CsvCells.cell("@SUM(A1)"));
    assertEquals("\"plain\"", CsvCells.cell("plain"));
    assertEquals("\"\"", CsvCells.cell(null));
  }
}
