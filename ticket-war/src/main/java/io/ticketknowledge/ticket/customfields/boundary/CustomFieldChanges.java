package io.ticketknowledge.ticket.customfields.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch of a custom field; absent properties stay. Key and type cannot change (sending them
 * is a 400 for an unknown property). Options in use cannot be removed (409).
 */
@Schema(name = "CustomFieldChanges", example = "{\"active\":false}")
public record CustomFieldChanges(
    @Size(min = 1, max = 100) @CleanText String labelZh,
    @Size(min = 1, max = 100) @CleanText String labelEn,
    Boolean required,
    Boolean requesterEditable,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength,
    @Size(max = 100) List<@NotBlank @Size(max = 100) @CleanText String> options,
    Set<@NotNull TicketType> ticketTypes,
    Integer position,
    @Schema(description = "false: no longer offered; existing values stay") Boolean active) {}
