package io.ticketknowledge.ticket.satisfaction.entity;

/** What the CSAT aggregate counts by. */
public enum SummaryDimension {
  AGENT("agent_id"),
  GROUP("group_id"),
  MONTH("rated_month");

  private final String column;

  SummaryDimension(String column) {
    this.column = column;
  }

  /** The column of {@code satisfaction_ratings} it groups by (a constant, never user input). */
  public String column() {
    return column;
  }
}
