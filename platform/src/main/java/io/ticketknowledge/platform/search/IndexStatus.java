package io.ticketknowledge.platform.search;

/** What {@link SearchEngine#ensureIndex} found. */
public enum IndexStatus {
  /** There was no index of this name: an empty one of this version now serves the alias. */
  CREATED,
  /** The alias serves an index of this version and these fields. */
  CURRENT,
  /**
   * The alias serves an index of another version: searches keep using it until a reindex ({@link
   * io.ticketknowledge.platform.search.reindex.ReindexJob}) swaps the alias to the new version.
   */
  OUTDATED
}
