package io.ticketknowledge.ticket.bulk.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk action changes on every selected ticket; absent fields stay as they are. */
@Schema(
    name = "BulkChanges",
    example = "{\"priority\":\"P2\",\"groupId\":50,\"addTags\":[\"vpn\"],\"removeTags\":[\"新進\"]}")
public record BulkChanges(
    @Schema(description = "A move the workflow allows on each ticket") TicketStatus status,
    PendingReason pendingReason,
    @Size(max = 20000) @CleanText(multiline = true) String resolution,
    TicketPriority priority,
    @Positive Long groupId,
    @Size(max = 255) String assigneeId,
    @Size(max = 20) List<@NotNull @Size(max = 50) String> addTags,
    @Size(max = 20) List<@NotNull @Size(max = 50) String> removeTags) {

  public boolean isEmpty() {
    return status == null
        && priority == null
        && groupId == null
        && assigneeId == null
        && (addTags == null || addTags.isEmpty())
        && (removeTags == null || removeTags.isEmpty());
  }
}
