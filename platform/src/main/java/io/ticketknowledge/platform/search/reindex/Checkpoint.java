package io.ticketknowledge.platform.search.reindex;

/**
 * How far a reindex got: the generation it fills and the id of the last document written there.
 *
 * @param lastId null before the first batch
 */
public record Checkpoint(String indexName, String targetGeneration, String lastId, long done) {}
