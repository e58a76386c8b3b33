package io.ticketknowledge.platform.audit;

import java.time.Instant;

/**
 * A signed statement "the chain of {@code schema} had hash {@code hash} at {@code seq}": whoever
 * rewrites the records before it (and recomputes every hash) cannot forge the signature without the
 * server key.
 */
public record AuditCheckpoint(
    long seq, String hash, String keyId, String signature, Instant signedAt) {}
