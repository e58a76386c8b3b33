package io.ticketknowledge.ticket.assignment.boundary;

import io.ticketknowledge.ticket.assignment.entity.AssignmentMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group's auto-assignment as an admin sets it. */
@Schema(name = "GroupAssignment", example = "{\"mode\":\"ROUND_ROBIN\",\"openTicketLimit\":20}")
public record GroupAssignmentRequest(
    @NotNull AssignmentMode mode,
    @Schema(description = "Agents with this many open tickets or more are skipped")
        @NotNull
        @Min(1)
        @Max(10_000)
        Integer openTicketLimit) {}
