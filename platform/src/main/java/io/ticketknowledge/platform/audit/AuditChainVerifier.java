package io.ticketknowledge.platform.audit;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a chain, record by record in {@code seq} order, and reports the first broken link:
 *
 * <ul>
 *   <li>a record whose fields were changed: its recomputed hash differs from the stored one;
 *   <li>a record deleted: a gap in {@code seq}, or a {@code previousHash} that is not the hash of
 *       the record before (also when every later hash was recomputed by whoever deleted it);
 *   <li>records reordered: a {@code seq} out of order, or a {@code previousHash} that does not
 *       match;
 *   <li>records cut off at the end: a checkpoint or the chain head beyond the last record;
 *   <li>a rewritten chain (every hash recomputed): a checkpoint whose hash differs, or whose
 *       signature the server key does not confirm.
 * </ul>
 *
 * Pure: it reads what it is given, so the same class serves the admin endpoint, the command and the
 * unit tests.
 */
public final class AuditChainVerifier {

  /** The chain head as stored: the last seq and its hash. */
  public record Head(long seq, String hash) {}

  private final String schema;
  private final CheckpointSigner signer;

  /**
   * @param signer checks the checkpoints' signatures; null when no key is available (then only
   *     their hashes are compared, and the report says {@code signed: false})
   */
  public AuditChainVerifier(String schema, CheckpointSigner signer) {
    this.schema = schema;
    this.signer = signer;
  }

  public ChainReport verify(
      Iterator<AuditRecord> records, List<AuditCheckpoint> checkpoints, Optional<Head> head) {
    Map<Long, AuditCheckpoint> bySeq = new HashMap<>();
    for (AuditCheckpoint checkpoint : checkpoints) {
      bySeq.put(checkpoint.seq(), checkpoint);
    }
    boolean signed = signer != null;
    long expected = 1;
    long goodCheckpoints = 0;
    String previous = AuditHashes.GENESIS;
    while (records.hasNext()) {
      AuditRecord record = records.next();
      long good = expected - 1;
      if (record.seq() < expected) {
        return ChainReport.broken(
            schema,
            good,
            goodCheckpoints,
            signed,
            expected,
            "record " + record.seq() + " found after record " + good + " (records reordered)",
            previous);
      }
      if (record.seq() > expected) {
        return ChainReport.broken(
            schema,
            good,
            goodCheckpoints,
            signed,
            expected,
            "records "
                + expected
                + (record.seq() - 1 > expected ? ".." + (record.seq() - 1) : "")
                + " missing (deleted)",
            previous);
      }
      if (!previous.equals(record.previousHash())) {
        return ChainReport.broken(
            schema,
            good,
            goodCheckpoints,
            signed,
            record.seq(),
            "record "
                + record.seq()
                + " does not follow record "
                + good
                + ": its previous hash differs (a record before it was deleted, replaced or"
                + " reordered)",
            previous);
      }
      String recomputed = AuditHashes.hash(previous, record.seq(), record.entry());
      if (!recomputed.equals(record.hash())) {
        return ChainReport.broken(
            schema,
            good,
            goodCheckpoints,
            signed,
            record.seq(),
            "record " + record.seq() + " was altered: its content does not match its hash",
            previous);
      }
      AuditCheckpoint checkpoint = bySeq.get(record.seq());
      if (checkpoint != null) {
        if (!checkpoint.hash().equals(record.hash())) {
          return ChainReport.broken(
              schema,
              good,
              goodCheckpoints,
              signed,
              firstUncheckpointed(bySeq, record.seq()),
              "checkpoint at record "
                  + record.seq()
                  + " holds another hash: the chain was rewritten",
              previous);
        }
        if (signer != null && !signer.verifies(schema, checkpoint)) {
          return ChainReport.broken(
              schema,
              good,
              goodCheckpoints,
              signed,
              record.seq(),
              "checkpoint at record " + record.seq() + " has an invalid signature",
              previous);
        }
        goodCheckpoints++;
      }
      previous = record.hash();
      expected++;
    }
    long last = expected - 1;
    for (AuditCheckpoint checkpoint : checkpoints) {
      if (checkpoint.seq() > last) {
        return ChainReport.broken(
            schema,
            last,
            goodCheckpoints,
            signed,
            last + 1,
            "records "
                + (last + 1)
                + ".."
                + checkpoint.seq()
                + " missing: a checkpoint was signed at record "
                + checkpoint.seq(),
            previous);
      }
    }
    if (head.isPresent()) {
      Head stored = head.get();
      if (stored.seq() != last || !stored.hash().equals(previous)) {
        return ChainReport.broken(
            schema,
            last,
            goodCheckpoints,
            signed,
            Math.min(stored.seq(), last) + 1,
            "the chain head is at record "
                + stored.seq()
                + " but the records end at "
                + last
                + (stored.seq() > last ? " (records at the end deleted)" : ""),
            previous);
      }
    }
    return ChainReport.intact(schema, last, goodCheckpoints, signed, previous);
  }

  /** The first seq after the last checkpoint before {@code seq}: from there nothing is proven. */
  private static long firstUncheckpointed(Map<Long, AuditCheckpoint> bySeq, long seq) {
    long earlier = 0;
    for (long candidate : bySeq.keySet()) {
      if (candidate < seq && candidate > earlier) {
        earlier = candidate;
      }
    }
    return earlier + 1;
  }
}
