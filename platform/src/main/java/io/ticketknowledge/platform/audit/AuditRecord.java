package io.ticketknowledge.platform.audit;

/**
 * An entry as stored: its position in the chain ({@code seq}, from 1 without gaps), the hash of the
 * record before it, and its own hash (SHA-256 of the previous hash and its canonical form).
 */
public record AuditRecord(long seq, AuditEntry entry, String previousHash, String hash) {

  /** The record that follows {@code previousHash} at {@code seq}, with its hash computed. */
  public static AuditRecord chained(long seq, AuditEntry entry, String previousHash) {
    return new AuditRecord(seq, entry, previousHash, AuditHashes.hash(previousHash, seq, entry));
  }
}
