package io.ticketknowledge.ticket.satisfaction.entity;

/**
 * Good and bad answers of one agent, group or month; {@code key} is null for ratings of tickets
 * with no agent or no group. {@code score} is good / (good + bad), the usual CSAT percentage.
 */
public record SummaryRow(String key, long good, long bad, long total, double score) {

  public static SummaryRow of(String key, long good, long bad) {
    long total = good + bad;
    return new SummaryRow(key, good, bad, total, total == 0 ? 0 : (double) good / total);
  }
}
