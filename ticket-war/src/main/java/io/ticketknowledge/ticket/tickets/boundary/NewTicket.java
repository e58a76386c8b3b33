package io.ticketknowledge.ticket.tickets.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a requester sends to open a ticket. Requesters state impact and urgency (default MEDIUM);
 * the priority follows from them. Agents may also set the priority and the group.
 */
@Schema(
    name = "NewTicket",
    example =
        "{\"subject\":\"三樓印表機無法列印\",\"description\":\"從早上開始，**三樓**的印表機無法列印。\","
            + "\"type\":\"INCIDENT\",\"impact\":\"MEDIUM\",\"urgency\":\"HIGH\","
            + "\"department\":\"財務部\",\"customFields\":{\"asset_tag\":\"NB-2024-0117\"}}")
public record NewTicket(
    @NotBlank @Size(max = 200) @CleanText String subject,
    @Schema(description = "Markdown source")
        @NotBlank
        @Size(max = 20000)
        @CleanText(multiline = true)
        String description,
    @Schema(description = "Default INCIDENT") TicketType type,
    @Positive Long categoryId,
    @Schema(description = "How many are affected; default MEDIUM") Level impact,
    @Schema(description = "How soon it hurts; default MEDIUM") Level urgency,
    @Schema(description = "Agents only: overrides impact × urgency") TicketPriority priority,
    @Schema(description = "The requester's department") @Size(max = 100) @CleanText
        String department,
    @Schema(description = "Agents only: the support group") @Positive Long groupId,
    @Schema(
            description =
                "Values of custom fields by key (GET /custom-fields); requesters only those"
                    + " flagged requesterEditable")
        @Size(max = 100)
        Map<String, JsonValue> customFields) {}
