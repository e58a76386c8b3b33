package io.ticketknowledge.ticket.sla.entity;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an admin states about an SLA policy, already checked: targets are positive working
 * time (at least one), the warning percentage is 1–99.
 */
public record PolicyTerms(
    String name,
    int position,
    long calendarId,
    PolicyMatch match,
    Map<SlaMetric, Duration> targets,
    int warningPercent,
    Escalation onWarning,
    Escalation onBreach) {

  public PolicyTerms {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(match, "match");
    targets = Map.copyOf(targets);
    onWarning = onWarning == null ? Escalation.none() : onWarning;
    onBreach = onBreach == null ? Escalation.none() : onBreach;
  }
}
