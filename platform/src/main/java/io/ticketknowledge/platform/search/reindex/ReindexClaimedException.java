package io.ticketknowledge.platform.search.reindex;

/** Another run (on this or another server) holds the claim of the index's reindex. */
public class ReindexClaimedException extends RuntimeException {

  public ReindexClaimedException(String indexName) {
    super("another reindex of " + indexName + " is running");
  }
}
