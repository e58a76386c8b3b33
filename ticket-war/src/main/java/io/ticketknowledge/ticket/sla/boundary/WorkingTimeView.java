package io.ticketknowledge.ticket.sla.boundary;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Working time of a calendar between two instants, or the instant a working time ends. */
public record WorkingTimeView(OffsetDateTime from, OffsetDateTime to, Duration workingTime) {}
