package io.ticketknowledge.ticket.sla.entity;

/** What an SLA promises, each measured in working time. */
public enum SlaMetric {
  /** From opening to the first public answer of an agent. */
  FIRST_RESPONSE,
  /** From a requester's message (after the first response) to the agent's next public answer. */
  NEXT_RESPONSE,
  /** From opening to resolution; reopening continues the same clock. */
  RESOLUTION
}
