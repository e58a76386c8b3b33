package io.ticketknowledge.ticket.automation.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.automation.entity.ConditionTerms;
import io.ticketknowledge.ticket.automation.entity.TriggerAction;
import io.ticketknowledge.ticket.automation.entity.TriggerEvent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trigger as an admin defines it. */
@Schema(
    name = "TriggerRequest",
    example =
        "{\"name\":\"VIP 升級 VIP escalation\",\"position\":10,\"event\":\"CREATED\","
            + "\"conditions\":[{\"field\":\"priority\",\"op\":\"is\",\"value\":\"P1\"}],"
            + "\"actions\":[{\"type\":\"ADD_TAG\",\"tag\":\"urgent\"},"
            + "{\"type\":\"NOTIFY\",\"recipients\":[\"GROUP\"],\"text\":\"{{ticket.number}} P1\"}]}")
public record TriggerRequest(
    @NotBlank @Size(max = 100) @CleanText String name,
    @Schema(description = "Triggers run in ascending position (then id)") @Min(0) @Max(1_000_000)
        int position,
    @Schema(description = "Default true") Boolean active,
    @NotNull TriggerEvent event,
    @Schema(description = "All must hold; none = always") @Size(max = 20)
        List<@Valid @NotNull ConditionTerms> conditions,
    @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull TriggerAction> actions) {}
