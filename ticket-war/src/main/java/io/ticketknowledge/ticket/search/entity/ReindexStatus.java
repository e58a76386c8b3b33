package io.ticketknowledge.ticket.search.entity;

import java.time.Instant;

/**
 * Where the reindex of the tickets index stands, for the admin endpoint.
 *
 * @param state IDLE (none ran since the start), RUNNING, COMPLETED, FAILED, or INTERRUPTED (a
 *     checkpoint of an earlier process is left: a POST resumes from it)
 * @param done documents written to the new generation, including those of a resumed run
 * @param total tickets in the database when the run started
 * @param etaSeconds null until there is a rate
 * @param resumed whether this run continued from a checkpoint
 */
public record ReindexStatus(
    String state,
    String index,
    String targetGeneration,
    long done,
    long total,
    double docsPerSecond,
    Long etaSeconds,
    boolean resumed,
    long caughtUp,
    Instant startedAt,
    Instant finishedAt,
    String error) {}
