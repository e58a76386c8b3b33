package io.ticketknowledge.ticket.satisfaction.entity;

/** The one-click answer of a satisfaction survey. */
public enum Rating {
  GOOD,
  BAD
}
