package io.ticketknowledge.ticket.sla.control;

import io.ticketknowledge.ticket.sla.entity.CalendarDay;
import java.util.List;

/**
 * What a calendar file says that departs from the ordinary week ({@code days}), and how many of its
 * dates merely confirmed it ({@code unchanged}).
 */
public record ImportedDays(List<CalendarDay> days, int unchanged) {

  public ImportedDays {
    days = List.copyOf(days);
  }
}
