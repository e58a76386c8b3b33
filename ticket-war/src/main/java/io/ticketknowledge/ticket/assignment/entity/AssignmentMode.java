package io.ticketknowledge.ticket.assignment.entity;

/** How a group's unassigned tickets find an agent. */
public enum AssignmentMode {
  /** Nobody is picked: agents take tickets from the queue. */
  OFF,
  /** The next eligible member after the last one picked, by user id. */
  ROUND_ROBIN,
  /** The eligible member with the fewest open (NEW, OPEN, PENDING) tickets; ties by user id. */
  LEAST_OPEN
}
