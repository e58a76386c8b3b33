package io.ticketknowledge.ticket.sla.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A holiday or make-up working day set by hand; hours only for a working day (default: ordinary
 * day).
 */
public record CalendarDayRequest(
    @NotBlank @Size(max = 16) String kind,
    @Size(max = 200) @CleanText String note,
    @Size(max = 8) List<@NotBlank @Size(max = 11) String> hours) {}
