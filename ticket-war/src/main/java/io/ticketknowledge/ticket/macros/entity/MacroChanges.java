package io.ticketknowledge.ticket.macros.entity;

import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The field changes a macro makes, as in a PATCH; tags are added to the ticket's. */
@Schema(
    name = "MacroChanges",
    example = "{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\"}")
public record MacroChanges(
    TicketStatus status,
    PendingReason pendingReason,
    @Size(max = 20000) String resolution,
    TicketPriority priority,
    @Positive Long groupId,
    @Size(max = 255) String assigneeId,
    @Schema(description = "Added to the ticket's tags") @Size(max = 20)
        List<@NotNull @Size(max = 50) String> addTags) {

  public static MacroChanges none() {
    return new MacroChanges(null, null, null, null, null, null, null);
  }
}
