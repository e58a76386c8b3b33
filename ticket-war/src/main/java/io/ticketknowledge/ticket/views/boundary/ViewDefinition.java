package io.ticketknowledge.ticket.views.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A saved view as it is created or replaced: the filter takes the list's parameters (values
 * comma-separated), parsed by the list's own parser, so a view never holds a filter the list would
 * refuse.
 */
@Schema(
    name = "ViewDefinition",
    example =
        "{\"name\":\"我的 VPN 工單\",\"shared\":true,\"groupId\":50,"
            + "\"filter\":{\"status\":\"OPEN,PENDING\",\"tag\":\"vpn\",\"createdFrom\":\"2026-03-01\"},"
            + "\"sort\":\"-updatedAt\"}")
public record ViewDefinition(
    @NotBlank @Size(max = 100) @CleanText String name,
    @Schema(description = "Agents only: seen by a group's members (groupId) or every agent")
        Boolean shared,
    @Schema(
            description =
                "With shared: the support group (one of yours; admins any); none:" + " every agent")
        @Positive
        Long groupId,
    @Schema(description = "The list's filter parameters (status, priority, tag, createdFrom …)")
        @Size(max = 20)
        Map<@NotNull @Size(max = 30) String, @NotNull @Size(max = 1000) String> filter,
    @Schema(description = "A sort of the list (default -id)") @Size(max = 20) String sort) {}
