package io.ticketknowledge.ticket.tickets.entity;

/** A three-step scale, used for impact (how many are affected) and urgency (how soon it hurts). */
public enum Level {
  HIGH,
  MEDIUM,
  LOW
}
