package io.ticketknowledge.platform.search.reindex;

/** The states of an index's reindex, as an admin endpoint reports them. */
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
