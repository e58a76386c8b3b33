package io.ticketknowledge.ticket.search.entity;

/** The states of the tickets index's reindex, as the admin endpoint reports them. */
public enum ReindexState {
  /** None ran since this server started, and none is left unfinished. */
  IDLE,
  /** A run is going on, on this server or another (the claim in the checkpoint table says so). */
  RUNNING,
  COMPLETED,
  FAILED,
  /** A checkpoint of a run that stopped is left: a POST resumes it. */
  INTERRUPTED
}
