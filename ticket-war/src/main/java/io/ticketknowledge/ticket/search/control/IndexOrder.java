package io.ticketknowledge.ticket.search.control;

/** Which ticket state the index keeps when two meet. */
final class IndexOrder {

  private IndexOrder() {}

  /**
   * A state replaces the indexed one only when it is newer: the same version again changes nothing
   * (a redelivery), an older one would undo a change.
   */
  static boolean replaces(long incomingVersion, long indexedVersion) {
    return incomingVersion > indexedVersion;
  }
}
