package io.ticketknowledge.ticket.assignment.boundary;

import io.ticketknowledge.ticket.assignment.entity.AgentAvailability;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An agent's availability as the API shows it. */
public record AvailabilityView(
    String userId,
    boolean available,
    String timeZone,
    Map<String, List<String>> week,
    long version) {

  static AvailabilityView of(AgentAvailability a) {
    Map<String, List<String>> week = null;
    if (a.week() != null) {
      week = new LinkedHashMap<>();
      for (var day : a.week().asMap().entrySet()) {
        week.put(day.getKey().name(), day.getValue().stream().map(Object::toString).toList());
      }
    }
    return new AvailabilityView(a.userId(), a.available(), a.timeZone(), week, a.version());
  }
}
