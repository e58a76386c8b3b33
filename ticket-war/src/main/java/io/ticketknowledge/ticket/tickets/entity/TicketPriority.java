package io.ticketknowledge.ticket.tickets.entity;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * P1 (critical) to P4 (low): follows from impact × urgency ({@code PriorityMatrix}); only agents
 * override it. Drives the SLA targets. The names of the first API version (URGENT, HIGH, NORMAL,
 * LOW) are still read, as P1–P4, so older clients keep working.
 */
@JsonbTypeAdapter(TicketPriority.Json.class)
public enum TicketPriority {
  P1,
  P2,
  P3,
  P4;

  private static final Map<String, TicketPriority> LEGACY =
      Map.of("URGENT", P1, "HIGH", P2, "NORMAL", P3, "LOW", P4);

  /** The priority by its name or its legacy name, case-insensitive. */
  public static Optional<TicketPriority> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String upper = name.strip().toUpperCase(Locale.ROOT);
    for (TicketPriority priority : values()) {
      if (priority.name().equals(upper)) {
        return Optional.of(priority);
      }
    }
    return Optional.ofNullable(LEGACY.get(upper));
  }

  /** JSON as the name; legacy names accepted on input, anything else is malformed JSON. */
  public static class Json implements JsonbAdapter<TicketPriority, String> {
    @Override
    public String adaptToJson(TicketPriority priority) {
      return priority.name();
    }

    @Override
    public TicketPriority adaptFromJson(String name) {
      return parse(name).orElseThrow(() -> new JsonbException("no priority " + name));
    }
  }
}
