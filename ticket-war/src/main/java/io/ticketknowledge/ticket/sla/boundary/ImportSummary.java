package io.ticketknowledge.ticket.sla.boundary;

import java.util.List;

/**
 * What an import changed: the dates kept (holidays, make-up days) and the rows that merely
 * confirmed the week.
 */
public record ImportSummary(CalendarView calendar, List<CalendarDayView> days, int unchanged) {}
