package io.ticketknowledge.ticket.automation.entity;

import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action of a trigger; which properties apply depends on {@code type}. */
@Schema(name = "TriggerAction", example = "{\"type\":\"ADD_TAG\",\"tag\":\"vip\"}")
public record TriggerAction(
    @NotNull ActionType type,
    @Schema(description = "SET_FIELDS") TicketStatus status,
    @Schema(description = "SET_FIELDS, with status PENDING") PendingReason pendingReason,
    @Schema(description = "SET_FIELDS, with status RESOLVED") @Size(max = 20000) String resolution,
    @Schema(description = "SET_FIELDS") TicketPriority priority,
    @Schema(description = "SET_FIELDS") @Positive Long groupId,
    @Schema(description = "SET_FIELDS, ASSIGN") @Size(max = 255) String assigneeId,
    @Schema(description = "SET_FIELDS: replaces the tags") @Size(max = 20)
        List<@NotNull @Size(max = 50) String> tags,
    @Schema(description = "ADD_TAG") @Size(max = 50) String tag,
    @Schema(description = "ADD_NOTE, NOTIFY: text with placeholders such as {{ticket.number}}")
        @Size(max = 20000)
        String text,
    @Schema(description = "NOTIFY") @Size(max = 3) List<@NotNull NotifyRecipient> recipients,
    @Schema(description = "ASSIGN: the group's auto-assignment picks the agent") Boolean auto) {}
