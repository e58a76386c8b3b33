package io.ticketknowledge.ticket.webhooks.entity;

/** Where a delivery stands: waiting for (another) attempt, received (2xx), or given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
