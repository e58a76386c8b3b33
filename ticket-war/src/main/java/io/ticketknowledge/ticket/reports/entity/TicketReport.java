package io.ticketknowledge.ticket.reports.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reports of the Ticket module, by their name in {@code /reports/{name}}. */
public enum TicketReport {
  /** Tickets not resolved yet, by status, priority and group. */
  BACKLOG("backlog"),
  /** Tickets opened and resolved on each day of the period. */
  CREATED_RESOLVED("created-resolved"),
  /** First-response and resolution times (median, 90th percentile) of the tickets resolved. */
  RESPONSE_TIMES("response-times"),
  /** SLA clocks met and breached of the tickets resolved. */
  SLA_COMPLIANCE("sla-compliance"),
  /** The categories most tickets were opened in. */
  TOP_CATEGORIES("top-categories"),
  /** Open, pending and resolved tickets per assignee. */
  AGENT_WORKLOAD("agent-workload");

  private final String apiName;

  TicketReport(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<TicketReport> of(String name) {
    return Arrays.stream(values()).filter(r -> r.apiName.equals(name)).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(TicketReport::apiName).collect(Collectors.joining(", "));
  }
}
