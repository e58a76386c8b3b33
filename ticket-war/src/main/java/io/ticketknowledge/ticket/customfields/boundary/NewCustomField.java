package io.ticketknowledge.ticket.customfields.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new custom field (admins). Key and type are fixed once created. */
@Schema(
    name = "NewCustomField",
    example =
        "{\"key\":\"asset_tag\",\"labelZh\":\"資產編號\",\"labelEn\":\"Asset tag\",\"type\":\"TEXT\","
            + "\"maxLength\":20,\"required\":false,\"requesterEditable\":true,"
            + "\"ticketTypes\":[\"INCIDENT\",\"SERVICE_REQUEST\"]}")
public record NewCustomField(
    @Schema(description = "Lower-case letters, digits and _; names the field in values, events")
        @NotNull
        @Pattern(regexp = "[a-z][a-z0-9_]{0,29}")
        String key,
    @NotBlank @Size(max = 100) @CleanText String labelZh,
    @NotBlank @Size(max = 100) @CleanText String labelEn,
    @NotNull FieldType type,
    Boolean required,
    @Schema(description = "Requesters may fill it (otherwise agents only)")
        Boolean requesterEditable,
    @Schema(description = "NUMBER only") BigDecimal min,
    @Schema(description = "NUMBER only") BigDecimal max,
    @Schema(description = "TEXT only, 1–1000 (default 1000)") Integer maxLength,
    @Schema(description = "SELECT and MULTI_SELECT: the options, in form order") @Size(max = 100)
        List<@NotBlank @Size(max = 100) @CleanText String> options,
    @Schema(description = "The ticket types it applies to; none: every type")
        Set<@NotNull TicketType> ticketTypes,
    @Schema(description = "Place in forms; default after the last") Integer position,
    @Schema(description = "Default true") Boolean active) {}
