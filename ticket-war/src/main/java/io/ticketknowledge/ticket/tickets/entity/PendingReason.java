package io.ticketknowledge.ticket.tickets.entity;

/** Why a ticket waits: the SLA clock may stop while it does. */
public enum PendingReason {
  WAITING_ON_REQUESTER,
  WAITING_ON_THIRD_PARTY
}
