package io.ticketknowledge.ticket.assignment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's availability for auto-assignment. */
@Schema(
    name = "AgentAvailability",
    example =
        "{\"available\":true,\"timeZone\":\"Asia/Taipei\",\"week\":{\"MONDAY\":[\"08:30-17:30\"]}}")
public record AvailabilityRequest(
    @NotNull Boolean available,
    @Schema(description = "With week; both absent = any time") @Size(max = 60) String timeZone,
    @Schema(description = "Working stretches per weekday as in calendars (HH:mm-HH:mm)")
        @Size(max = 7)
        Map<
                @NotBlank @Size(max = 9) String,
                @NotNull @Size(max = 8) List<@NotBlank @Size(max = 11) String>>
            week) {}
