package io.ticketknowledge.ticket.sla.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A ticket's SLA history in time order, and where each clock stands now. */
public record SlaTimeline(List<SlaEntry> entries, Map<SlaMetric, SlaStatus> statuses) {

  public SlaTimeline {
    entries = List.copyOf(entries);
    statuses = Map.copyOf(statuses);
  }

  public Optional<SlaStatus> status(SlaMetric metric) {
    return Optional.ofNullable(statuses.get(metric));
  }
}
