package io.ticketknowledge.ticket.bulk.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tickets (by id, or every ticket of a list filter) and the changes. The limit on ids is
 * checked against {@code tk.tickets.bulk.max-tickets}, not here, so it is configurable.
 */
@Schema(
    name = "BulkRequest",
    example =
        "{\"ticketIds\":[51,52,53],\"changes\":{\"status\":\"PENDING\","
            + "\"pendingReason\":\"WAITING_ON_THIRD_PARTY\"}}")
public record BulkRequest(
    @Schema(description = "The tickets; or give filter") @Size(max = 10000)
        List<@NotNull @Positive Long> ticketIds,
    @Schema(description = "The list's filter parameters; every matching ticket you may see")
        @Size(max = 20)
        Map<@NotNull @Size(max = 30) String, @NotNull @Size(max = 1000) String> filter,
    @NotNull @Valid BulkChanges changes) {}
