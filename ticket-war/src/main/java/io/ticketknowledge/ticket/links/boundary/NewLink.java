package io.ticketknowledge.ticket.links.boundary;

import io.ticketknowledge.ticket.links.entity.LinkType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "This ticket is {@code type} of ticket {@code ticketId}". */
@Schema(name = "NewLink", example = "{\"type\":\"DUPLICATE_OF\",\"ticketId\":52}")
public record NewLink(
    @Schema(
            description =
                "RELATED, DUPLICATE_OF, DUPLICATED_BY, PARENT_OF or CHILD_OF (as this ticket)")
        @NotNull
        LinkType type,
    @NotNull @Positive Long ticketId) {}
