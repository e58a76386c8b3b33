package io.ticketknowledge.ticket.tickets.entity;

import java.util.Map;

/**
 * Impact × urgency → priority, the ITIL matrix folded to four levels:
 *
 * <pre>
 *               urgency HIGH  MEDIUM  LOW
 * impact HIGH           P1    P2      P3
 *        MEDIUM         P2    P3      P4
 *        LOW            P3    P4      P4
 * </pre>
 */
public final class PriorityMatrix {

  private static final Map<Level, Map<Level, TicketPriority>> MATRIX =
      Map.of(
          Level.HIGH,
          Map.of(
              Level.HIGH,
              TicketPriority.P1,
              Level.MEDIUM,
              TicketPriority.P2,
              Level.LOW,
              TicketPriority.P3),
          Level.MEDIUM,
          Map.of(
              Level.HIGH,
              TicketPriority.P2,
              Level.MEDIUM,
              TicketPriority.P3,
              Level.LOW,
              TicketPriority.P4),
          Level.LOW,
          Map.of(
              Level.HIGH,
              TicketPriority.P3,
              Level.MEDIUM,
              TicketPriority.P4,
              Level.LOW,
              TicketPriority.P4));

  private PriorityMatrix() {}

  public static TicketPriority priority(Level impact, Level urgency) {
    return MATRIX.get(impact).get(urgency);
  }
}
