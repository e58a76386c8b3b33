package io.ticketknowledge.ticket.links.entity;

/**
 * How one ticket relates to another, seen from the first. Each link is stored once in its canonical
 * direction ({@link #RELATED}, {@link #DUPLICATE_OF}, {@link #PARENT_OF}); the other ticket sees
 * the inverse ({@link #DUPLICATED_BY}, {@link #CHILD_OF}).
 */
public enum LinkType {
  RELATED,
  /** This ticket reports what the other already does (the other is the original). */
  DUPLICATE_OF,
  DUPLICATED_BY,
  PARENT_OF,
  CHILD_OF;

  /** The type as stored: RELATED, DUPLICATE_OF or PARENT_OF. */
  public LinkType stored() {
    return switch (this) {
      case DUPLICATED_BY -> DUPLICATE_OF;
      case CHILD_OF -> PARENT_OF;
      default -> this;
    };
  }

  /** Whether the stored link runs from the other ticket to this one. */
  public boolean storedReversed() {
    return this == DUPLICATED_BY || this == CHILD_OF;
  }

  /** What the other ticket of the link sees. */
  public LinkType inverse() {
    return switch (this) {
      case RELATED -> RELATED;
      case DUPLICATE_OF -> DUPLICATED_BY;
      case DUPLICATED_BY -> DUPLICATE_OF;
      case PARENT_OF -> CHILD_OF;
      case CHILD_OF -> PARENT_OF;
    };
  }

  /** Whether chains of this (stored) type must not close a cycle. */
  public boolean directed() {
    return stored() != RELATED;
  }
}
