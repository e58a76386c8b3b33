package io.ticketknowledge.ticket.satisfaction.control;

/** A survey token that is not one of ours (malformed or altered), or no longer valid. */
public class SurveyTokenRejected extends RuntimeException {

  /** Why: the first two are the client's fault (400), an expired one is over (409). */
  public enum Reason {
    MALFORMED,
    TAMPERED,
    EXPIRED
  }

  private final Reason reason;

  public SurveyTokenRejected(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
